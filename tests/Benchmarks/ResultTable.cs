using System.Text;

namespace Okube.Actors.Benchmarks;

/// <summary>A small Markdown table of figures with their ratio to the baseline, ready to paste into docs.</summary>
public sealed class ResultTable
{
    private readonly List<(string Figure, string Value, string Ratio)> rows = [];

    public ResultTable Add(string figure, string value, string ratio = "–")
    {
        rows.Add((figure, value, ratio));
        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("| Figure | Value | Ratio to baseline |");
        text.AppendLine("| --- | ---: | ---: |");
        foreach (var (figure, value, ratio) in rows)
        {
            text.AppendLine($"| {figure} | {value} | {ratio} |");
        }
        return text.ToString();
    }
}
