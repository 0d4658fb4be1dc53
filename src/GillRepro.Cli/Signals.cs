using System.Runtime.InteropServices;

namespace GillRepro.Cli;

/// <summary>
/// Ctrl+C, and the signals that end a run the same way (SIGTERM from <c>kill</c> or <c>timeout</c>, SIGHUP
/// from a closed terminal): the first cancels the command, which stops at its next paper or file, deletes
/// what it had not finished writing, says so in one line and exits with 128 + the signal's number, as shells
/// report it (130, 143, 129). A second signal within a second of the first is the same press (a key
/// pressed twice in a row) and changes nothing; one later, while the command still winds down (a read that
/// cannot be cancelled, such as one waiting on a terminal; the tool says so after three seconds), ends the tool
/// at once, its unfinished outputs deleted first. The tool handles these itself: System.CommandLine's handler ends the process two
/// seconds after the first signal, before a large output is cleaned up, and fails on a second.
/// </summary>
internal sealed class Signals : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;
    private volatile bool _done;
    private long _first;

    /// <summary>How long after the first signal a second one is the same press (a key pressed twice in a row), in milliseconds.</summary>
    private const long Grace = 1000;

    public Signals()
    {
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, Handle))];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code a cancelled run ends with: 128 + the number of the first signal; null when none came.</summary>
    public int? ExitCode => Volatile.Read(ref _received) is var number and > 0 ? 128 + number : null;

    private void Handle(PosixSignalContext context)
    {
        // The tool ends in its own time, not by the signal's default action.
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref _received, Number(context.Signal), 0) == 0)
        {
            _first = Environment.TickCount64;
            _cancel.Cancel();
            // A command stops at its next paper; one that waits on a read it cannot leave (a terminal) says nothing, so the tool does.
            _ = Task.Delay(TimeSpan.FromSeconds(3)).ContinueWith(_ =>
            {
                if (!_done) Console.Error.WriteLine("gillrepro: stopping; press Ctrl+C again to stop at once.");
            }, TaskScheduler.Default);
            return;
        }
        // A key pressed twice in a row is one press: the run is already stopping, and stops whole.
        if (Environment.TickCount64 - Volatile.Read(ref _first) < Grace) return;
        Output.OutputFile.DeleteUnfinished();
        Console.Error.WriteLine("gillrepro: stopped at once; no unfinished output was left.");
        Environment.Exit(128 + _received);
    }

    /// <summary>The signal's number on Linux and macOS (PosixSignal's values are not the numbers).</summary>
    private static int Number(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGINT => 2,
        _ => 15,
    };

    public void Dispose()
    {
        _done = true;
        foreach (var registration in _registrations) registration.Dispose();
        _cancel.Dispose();
    }
}
