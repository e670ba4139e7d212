using Okube.Actors.Benchmarks;

try
{
    var options = BenchOptions.Parse(args);
    return await BenchmarkRun.RunAsync(options);
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
