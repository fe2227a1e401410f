using System.Threading.Channels;

namespace Structures.Core.Webhooks;

// Tells the dispatcher at once that a webhook has new messages, so they leave now rather than on the next sweep.
public sealed class DispatchSignal
{
    private readonly Channel<int> _channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    public void Notify(int webhookId) => _channel.Writer.TryWrite(webhookId);

    public ChannelReader<int> Reader => _channel.Reader;
}
