using Bot.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Ingestion;

public static class IngestionRegistration
{
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ArabicTextEngine>();
        builder.Services.AddSingleton<ArticleProcessor>();
        builder.Services.AddHostedService<SeedImporter>();
        return builder;
    }
}
