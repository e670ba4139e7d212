using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>
/// Every log line of the silo, formatted with its exception, at the levels a production
/// deployment runs with (Information; Microsoft.AspNetCore at Warning) and ours down to Trace.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public static void AddTo(ILoggingBuilder logging, CapturedLogs logs)
    {
        logging.AddProvider(logs);
        logging.AddFilter<CapturedLogs>(null, LogLevel.Information);
        logging.AddFilter<CapturedLogs>("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter<CapturedLogs>("Okube", LogLevel.Trace);
    }

    public bool AnyContains(string text) => lines.Any(l => l.Contains(text, StringComparison.OrdinalIgnoreCase));

    public int Count => lines.Count;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
