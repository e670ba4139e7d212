namespace Okube.Actors.Gateway.Auth;

/// <summary>The roles of contract section 2, and the policies named after them.</summary>
public static class Roles
{
    public const string Retailer = "retailer";
    public const string Agency = "agency";
    public const string Dpo = "dpo";

    /// <summary>Policy: retailer or agency (who may send events).</summary>
    public const string EventSenders = "event-senders";

    /// <summary>Policy: any authenticated tenant key.</summary>
    public const string AnyRole = "any-role";

    public static readonly string[] All = [Retailer, Agency, Dpo];
}
