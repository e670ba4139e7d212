namespace Okube.Actors.Tests.Unit.Privacy;

/// <summary>The strings of shared/reference/tcf-vectors.md, by their number there.</summary>
internal static class TcfVectors
{
    /// <summary>1. The TCF 2.3 spec example: policy 2 although created 2025-06-03.</summary>
    public const string SpecExample = "CQSbk4AQSbk4ANwAAAENAwCgAAAAAAAAAAYgACPAAAAA.IDKQA4AAgAKAGQAygAAA.YAAAAAAAAAAA";

    /// <summary>2. iabtcf-java testCanConstructTCModelFromBase64String (core only).</summary>
    public const string JavaCore = "COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA";

    /// <summary>3. iabtcf-java: core, DisclosedVendors, AllowedVendors, PublisherTC with '=' padding.</summary>
    public const string JavaAllParts =
        "COrEAV4OrXx94ACABBENAHCIAD-AAAAAAACAAxAAAAgAIAwgAgAAAAEAgQAAAAAEAYQAQAAAACAAAABAAA.IBAgAAAgAIAwgAgAAAAEAAAACA.QAagAQAgAIAwgA.cAAAAAAAITg=";

    /// <summary>4. iabtcf-java: range-encoded vendor consents and legitimate interests.</summary>
    public const string JavaRanges = "COv__-wOv__-wC2AAAENAPCgAAAAAAAAAAAAA_wAQA_gEBABAEAAAA";

    /// <summary>5. iabtcf-java testRange: a range entry with IsARange=1.</summary>
    public const string JavaRange = "COwBOpCOwBOpCLqAAAENAPCAAAAAAAAAAAAAFfwAYFfAV-BVkAGBVYFWAAA";

    /// <summary>5, variant: single-id entries.</summary>
    public const string JavaRangeVariant = "COwBOpCOwBOpCLqAAAENAPCAAAAAAAAAAAAAFfwAQFfgUbABAUaAAA";

    /// <summary>6. iabtcf-java testPurposesConsent.</summary>
    public const string JavaPurposes = "COwxsONOwxsONKpAAAENAdCAAMAAAAAAAAAAAAAAAAAA";

    /// <summary>7. All flags set differently; encoded MaxVendorId 37 with highest set id 18.</summary>
    public const string AllFlags = "COvf4CzOvf4CzEqAiYENAPC4AAgAABIAAIAAASgAAQAAAFkQAQFkAAA";

    /// <summary>8. iabtcf-es issue 201: publisher restrictions repeated for the same vendors.</summary>
    public const string Restrictions =
        "CO4VGswO4VGswAfZCBDEAzCsAP_AAH_AAAigGUNf_X9fb2vj-_599_t0eY1f9_63t-wzjheMs-8NyZ-X_J4Wv2MyvB34JqQKGRgkunLBAQdtHGncTQgBwIlViTLMY02MjzNKJrJEilsbe2dYGH9vn8XT_ZKZ70-_v__7v3___33_5Ayhr_6_r7e18f3_Pvv9ujzGr_v_W9v2GccLxln3huTPy_5PC1-xmV4O_BNSBQyMEl05YICDto407iaEAOBEqsSZZjGmxkeZpRNZIkUtjb2zrAw_t8_i6f7JTPen39___d-___--__ICgKAOAAcAA4AFAAjgB6AEYALcGACAW0AtoJAHAAOAAcACgARwA9ACMAFuFABALaAW0GgDgAHAAOABQAI4AegBGAC3DgAgFtALaEQBwADgAHAAoAEcAPQAjABbiQAQC2gFtCoA4ABwADgAUACOAHoARgAtxYAIBbQC2hkAcAA4ABwAKABHAD0AIwAW40AEAtoBbQ6AOAAcAA4AFAAjgB6AEYALceACAW0AtohAHAAOAAcACgARwA9ACMAFuRABALaAW0SgDgAHAAOABQAI4AegBGAC3JgAgFtALaKQBwADgAHAAoAEcAPQAjABblQAQC2gFtA";

    /// <summary>9A. Policy 4: agreed to measurement (purposes 1,7,8,9,10; vendors 1,2,12,755).</summary>
    public const string Agreed = "CQLRckAQLRckAEsACBENAHEoAIPAAEPAAAqIF5wA4AAgAEAAwBeYF5wAwAEAAVAXmAAA.IF5wBYAAgAEAAgABgAFQF5gA.YAAAAAAAAAAA";

    /// <summary>9B. Policy 4: rejected everything.</summary>
    public const string RejectedAll = "CQLRckAQLRckAEsACBENAHEgAAAAAAAAAAqIAAAAAAAA.IF5wBYAAgAEAAgABgAFQF5gA.YAAAAAAAAAAA";

    /// <summary>9C. Policy 4: storage only (purpose 1; vendor 755).</summary>
    public const string StorageOnly = "CQLRckAQLRckAEsACBENAHEgAIAAAAAAAAqIF5wAQF5gAAAA.IF5wAQF5gAAA.YAAAAAAAAAAA";

    /// <summary>9D. Policy 4: purpose 7 not allowed (type 0) for vendors 21 and 755.</summary>
    public const string PurposeSevenNotAllowed = "CQLRckAQLRckAEsACDENAHEgAMLAAAAAAAYgH1QAYH0gfUAAAAEcACAAqAvM.IJYQAgH0ASwA.YAAAAAAAAAAA";

    /// <summary>10. iabtcf-es issue 142: the DisclosedVendors bit field is shorter than its MaxVendorId.</summary>
    public const string BitFieldTooShort =
        "CLSYjTaOngnCIAOABBENAXCMAGOAABBAAA7IA5n-m7fP6_3fbqVv6E__PoA5Aqff3aJx8tv_1967rfnQEQoAIAAQCrwkAEABAcACABIMACAAuApEVABABUSABgBCAVSAtIoACACIArYQAHACgAFgAVwBJgDcAI7AWgMAAgBiKgAgBMgFfKQAQBRkQAQA4AFiBAAoA-AEVAJlAVgAtYcACAJcAr4eABAK8OgBgFzAOmAqwgABAWyA.IFukWSQh";

    /// <summary>10. A TCF v1.1 string (iabtcf-es issue 156).</summary>
    public const string VersionOne =
        "BOhwdphOxFC7tAHABBFRC--AAAAuhr_7__7-_9_-_f__9uj3Or_v_f__32ccL59v_h_7v-_7fi_20nV4u_1vft9yfk1-5ctDztp507iakivXmqdeb9v_nz3_5pxP78k89r7337Ew_v8_v-b7BCON_YxEiA";

    /// <summary>Perl GDPR::IAB::TCFv2 README: core and PublisherTC.</summary>
    public const string Perl = "CLcVDxRMWfGmWAVAHCENAXCkAKDAADnAABRgA5mdfCKZuYJez-NQm0TBMYA4oCAAGQYIAAAAAAEAIAEgAA.argAC0gAAAAAAAAAAAA";

    public static IEnumerable<string> Valid =>
    [
        SpecExample, JavaCore, JavaAllParts, JavaRanges, JavaRange, JavaRangeVariant, JavaPurposes, AllFlags,
        Restrictions, Agreed, RejectedAll, StorageOnly, PurposeSevenNotAllowed, Perl,
    ];

    public static TheoryData<string> ValidData => [.. Valid];
}
