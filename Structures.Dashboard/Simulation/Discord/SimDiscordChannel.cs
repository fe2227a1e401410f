using System.Text.Json;

namespace Structures.Dashboard.Simulation.Discord;

// What the simulated Discord received, per webhook, plus the 429s it had to give. Tests and the demo page read it.
internal sealed class SimDiscordChannel
{
    private readonly Lock _gate = new();
    private readonly List<SimDiscordMessage> _messages = [];
    private readonly Dictionary<string, string> _tokens = [];
    private readonly HashSet<string> _deleted = [];
    private readonly Dictionary<string, int> _rateLimited = [];
    private long _nextId = 1_300_000_000_000_000_000;

    public event Action<SimDiscordMessage>? Received;

    // A message was edited or deleted.
    public event Action<SimDiscordMessage>? Edited;

    public SimDiscordMessage Add(string webhookId, DateTime receivedAt, JsonElement payload)
    {
        SimDiscordMessage message;
        lock (_gate)
        {
            message = new SimDiscordMessage(_nextId++, webhookId, receivedAt, payload.Clone());
            _messages.Add(message);
        }

        Received?.Invoke(message);
        return message;
    }

    // The message with its new payload, in its old place; null when there is no such message.
    public SimDiscordMessage? Edit(long id, DateTime editedAt, JsonElement payload)
    {
        SimDiscordMessage edited;
        lock (_gate)
        {
            var index = _messages.FindIndex(m => m.Id == id);
            if (index < 0)
            {
                return null;
            }

            edited = _messages[index] with { Payload = payload.Clone(), EditedAt = editedAt };
            _messages[index] = edited;
        }

        Edited?.Invoke(edited);
        return edited;
    }

    public bool Remove(long id)
    {
        SimDiscordMessage? removed;
        lock (_gate)
        {
            removed = _messages.FirstOrDefault(m => m.Id == id);
            if (removed is not null)
            {
                _messages.Remove(removed);
            }
        }

        if (removed is not null)
        {
            Edited?.Invoke(removed);
        }

        return removed is not null;
    }

    public IReadOnlyList<SimDiscordMessage> Messages(string? webhookId = null)
    {
        lock (_gate)
        {
            return [.. _messages.Where(m => webhookId is null || m.WebhookId == webhookId)];
        }
    }

    // The first token seen for a webhook id is its token; another token is "Invalid Webhook Token".
    public bool TokenMatches(string webhookId, string token)
    {
        lock (_gate)
        {
            return _tokens.TryAdd(webhookId, token) || _tokens[webhookId] == token;
        }
    }

    public bool IsDeleted(string webhookId)
    {
        lock (_gate)
        {
            return _deleted.Contains(webhookId);
        }
    }

    public void Delete(string webhookId)
    {
        lock (_gate)
        {
            _deleted.Add(webhookId);
        }
    }

    public void CountRateLimited(string webhookId)
    {
        lock (_gate)
        {
            _rateLimited[webhookId] = RateLimitedCount(webhookId) + 1;
        }
    }

    public int RateLimitedCount(string webhookId)
    {
        lock (_gate)
        {
            return _rateLimited.GetValueOrDefault(webhookId);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _messages.Clear();
            _rateLimited.Clear();
            _deleted.Clear();
        }
    }
}
