namespace Okube.Actors.Credit;

public enum ConversionType
{
    Transaction = 0,
    StoreVisit = 1,
}
