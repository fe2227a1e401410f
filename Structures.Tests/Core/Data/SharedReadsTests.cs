using Structures.Core.Data;

namespace Structures.Tests.Core.Data;

public sealed class SharedReadsTests
{
    private readonly SharedReads<string, int> _reads = new();
    private readonly TaskCompletionSource<int> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;

    [Fact]
    public async Task ReadAsync_AskedAgainWhileTheReadIsUnderWay_SharesIt_ThenReadsAfresh()
    {
        var first = _reads.ReadAsync("a", ReadAsync, default);
        var second = _reads.ReadAsync("a", ReadAsync, default);
        var other = _reads.ReadAsync("b", () => Task.FromResult(7), default);
        _answer.SetResult(42);

        (await Task.WhenAll(first, second)).Should().Equal(42, 42);
        (await other).Should().Be(7, "another key has a read of its own");
        _started.Should().Be(1);
        (await _reads.ReadAsync("a", ReadAsync, default)).Should().Be(42);
        _started.Should().Be(2, "a read that has ended is not kept");
    }

    [Fact]
    public async Task ReadAsync_OneCallerCancelled_LeavesTheReadToTheOthers()
    {
        using var leaving = new CancellationTokenSource();
        var cancelled = _reads.ReadAsync("a", ReadAsync, leaving.Token);
        var staying = _reads.ReadAsync("a", ReadAsync, default);

        await leaving.CancelAsync();
        _answer.SetResult(42);

        await cancelled.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        (await staying).Should().Be(42);
        _started.Should().Be(1);
    }

    [Fact]
    public async Task ReadAsync_ReadFailed_GivesEveryWaiterTheFailure_AndTheNextAskReadsAfresh()
    {
        var first = _reads.ReadAsync("a", ReadAsync, default);
        var second = _reads.ReadAsync("a", ReadAsync, default);
        _answer.SetException(new InvalidOperationException("down"));

        await first.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>();
        await second.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>();
        (await _reads.ReadAsync("a", () => Task.FromResult(1), default)).Should().Be(1);
    }

    private Task<int> ReadAsync()
    {
        Interlocked.Increment(ref _started);
        return _answer.Task;
    }
}
