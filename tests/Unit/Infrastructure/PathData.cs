using System.Globalization;
using System.IO.Compression;

namespace Okube.Actors.Tests.Unit.Infrastructure;

/// <summary>One aggregated path of the ChannelAttribution sample data set.</summary>
public sealed record PathRow(string[] Channels, double Conversions, double Value, double Nulls);

/// <summary>Reads channelattribution-pathdata.csv.gz (path, total_conversions, total_conversion_value, total_null).</summary>
public static class PathData
{
    private static readonly Lazy<IReadOnlyList<PathRow>> Rows = new(() => Load(ReferenceFiles.Locate(ReferenceFiles.PathDataName)));

    public static IReadOnlyList<PathRow> All => Rows.Value;

    public static IReadOnlyList<PathRow> Load(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var header = reader.ReadLine();
        if (header != "path,total_conversions,total_conversion_value,total_null")
        {
            throw new InvalidDataException($"Unexpected header in {file}: {header}");
        }
        var rows = new List<PathRow>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var cells = line.Split(',');
            rows.Add(new PathRow(
                cells[0].Split(" > "),
                double.Parse(cells[1], CultureInfo.InvariantCulture),
                double.Parse(cells[2], CultureInfo.InvariantCulture),
                double.Parse(cells[3], CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}
