using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes;

/// <summary>getUpdates and the webhook methods that decide whether getUpdates may be used.</summary>
internal sealed class UpdateMethods(FakeWorld world, UpdateQueue queue)
{
    /// <summary>Telegram's longest long-poll; anything longer is cut to this.</summary>
    private const int MaxTimeoutSeconds = 50;

    public async Task<JsonNode> GetUpdatesAsync(JsonObject p, CancellationToken stopping)
    {
        lock (world.Gate)
        {
            if (world.WebhookUrl is not null)
                throw new BotApiException(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }
        var offset = (int?)p["offset"] ?? 0;
        var limit = (int?)p["limit"] ?? 100;
        var timeout = TimeSpan.FromSeconds(Math.Clamp((int?)p["timeout"] ?? 0, 0, MaxTimeoutSeconds));
        var allowed = p["allowed_updates"]?.AsArray().Select(a => (string)a!).ToArray();
        return await queue.GetAsync(offset, limit, timeout, allowed, stopping);
    }

    public JsonNode SetWebhook(JsonObject p)
    {
        lock (world.Gate)
        {
            var url = (string)p["url"]!;
            world.WebhookUrl = url.Length == 0 ? null : url;
        }
        if ((bool?)p["drop_pending_updates"] == true)
            queue.Clear();
        return true;
    }

    public JsonNode DeleteWebhook(JsonObject p)
    {
        lock (world.Gate)
            world.WebhookUrl = null;
        if ((bool?)p["drop_pending_updates"] == true)
            queue.Clear();
        return true;
    }

    public JsonNode GetWebhookInfo(JsonObject p)
    {
        lock (world.Gate)
        {
            return new JsonObject
            {
                ["url"] = world.WebhookUrl ?? "",
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = queue.PendingCount,
            };
        }
    }
}
