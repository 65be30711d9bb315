using System.Text;
using Bot.Telegram.Commands;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Terminal;

/// <summary>
/// The bot in a terminal, without a Telegram token: the same <see cref="CommandRouter"/>, the same
/// database and seeds. HTML is shown as plain text and buttons as numbered choices: type the number to
/// press one.
/// </summary>
public sealed class TerminalChat(
    CommandRouter router,
    TerminalIO io,
    IHostApplicationLifetime lifetime,
    ILogger<TerminalChat> logger) : BackgroundService
{
    private static readonly CommandContext Context = new(ChatId: 1, ChatKind.Private, UserId: 1, MessageId: 1);
    private List<Button> _choices = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the other hosted services (seed import) finish starting before the first prompt.
        await Task.Yield();
        await io.Output.WriteLineAsync("بوت ملخص الأخبار — محادثة في الطرفية. اكتب /help للأوامر، و exit للخروج.");
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await io.Output.WriteAsync("> ");
                await io.Output.FlushAsync(stoppingToken);
                var line = await io.Input.ReadLineAsync(stoppingToken);
                if (line is null || line.Trim() is "exit" or "quit" or "/exit") break;
                line = line.Trim();
                if (line.Length == 0) continue;
                try
                {
                    await io.Output.WriteLineAsync(Render(await HandleAsync(line, stoppingToken)));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One failing command must not end the session.
                    logger.LogError(e, "Command {Line} failed", line);
                    await io.Output.WriteLineAsync("عذرًا، حدث خطأ أثناء معالجة طلبك.");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "Terminal chat failed");
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    private async Task<Reply> HandleAsync(string line, CancellationToken ct)
    {
        if (ArticleCommands.TryParseNumber(line, out var choice) && choice >= 1 && choice <= _choices.Count)
        {
            var button = _choices[choice - 1];
            return button.CallbackData is { } data
                ? await router.HandleCallbackAsync(Context, data, ct)
                : Reply.Html(TelegramHtml.Escape(button.Url));
        }
        var command = CommandParser.Parse(line, botUsername: null);
        return command is null ? await router.HandleTextAsync(Context, line, ct) : await router.HandleCommandAsync(Context, command, ct);
    }

    /// <summary>Plain text of the reply, with its buttons listed as numbered choices.</summary>
    private string Render(Reply reply)
    {
        var sb = new StringBuilder();
        if (reply.Toast is { } toast) sb.AppendLine(toast);
        _choices = [];
        foreach (var message in reply.Messages)
        {
            sb.AppendLine(TelegramHtml.ToPlainText(message.Html));
            foreach (var button in message.Buttons.SelectMany(row => row))
            {
                _choices.Add(button);
                sb.Append("  [").Append(_choices.Count).Append("] ").AppendLine(button.Text);
            }
        }
        if (_choices.Count > 0) sb.AppendLine("(اكتب رقم الخيار لاختياره)");
        return sb.ToString();
    }
}

/// <summary>The terminal's streams; tests give their own.</summary>
public sealed record TerminalIO(TextReader Input, TextWriter Output);
