namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>An inclusive run of vendor ids, <see cref="Start"/> to <see cref="End"/>.</summary>
public readonly record struct VendorRange(int Start, int End)
{
    public bool Contains(int vendorId) => vendorId >= Start && vendorId <= End;

    public override string ToString() => Start == End ? $"{Start}" : $"{Start}-{End}";
}
