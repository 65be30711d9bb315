# syntax=docker/dockerfile:1
# Multi-stage build after the official .NET images' pattern: the SDK image restores and publishes,
# the smaller runtime image runs the bot as its built-in non-root user.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the project files only, so the layer is cached until a dependency changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Bot/Bot.csproj src/Bot/
COPY src/Bot.Text/Bot.Text.csproj src/Bot.Text/
RUN dotnet restore src/Bot/Bot.csproj

COPY appsettings.json ./
COPY seeds/ seeds/
COPY src/ src/
RUN dotnet publish src/Bot/Bot.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
WORKDIR /app
COPY --from=build /app .

# The LiteDB file and its search index live on a volume; everything else is configured by environment:
#   docker run -e Telegram__Token=... -v bot-data:/data IMAGE
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
ENV Storage__DatabasePath=/data/bot.db \
    Storage__SeedsPath=/app/seeds \
    DOTNET_gcServer=0

USER $APP_UID
# "telegram": in a container there is no terminal to chat in, so a missing token must stop with a clear message.
ENTRYPOINT ["dotnet", "Bot.dll", "telegram"]
