# syntax=docker/dockerfile:1
# The Okube silo (Orleans host; in Cluster mode it also answers the health probes on HTTP).
# Build from the repository root (BuildKit, the default builder, also reads silo.Dockerfile.dockerignore):
#   docker build -f infra/docker/silo.Dockerfile -t okube-silo:dev .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# The API project bundles the dashboard with Node.js and npm at build time (gateway/Api/Dashboard).
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*

# Restore first, from the project files only, so that a code change does not restore again.
COPY Directory.Build.props Directory.Packages.props nuget.config ./
COPY grain-interfaces/Okube.Actors.GrainInterfaces.csproj grain-interfaces/
COPY grains/Okube.Actors.Grains.csproj grains/
COPY grains/Attribution/Okube.Actors.Attribution.csproj grains/Attribution/
COPY gateway/Api/Okube.Actors.Gateway.Api.csproj gateway/Api/
COPY silo/Okube.Actors.Silo.csproj silo/
COPY silo/Streams/Okube.Actors.Streams.csproj silo/Streams/
RUN dotnet restore silo/Okube.Actors.Silo.csproj

COPY grain-interfaces/ grain-interfaces/
COPY grains/ grains/
COPY gateway/Api/ gateway/Api/
COPY silo/ silo/
RUN dotnet publish silo/Okube.Actors.Silo.csproj -c Release --no-restore -o /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .

# HTTP (API and health probes), Orleans silo-to-silo, Orleans client gateway.
# The Orleans ports are the defaults of Orleans:SiloPort and Orleans:GatewayPort.
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080 11111 30000

# The non-root user of the .NET images (numeric, so Kubernetes can check runAsNonRoot).
USER $APP_UID
ENTRYPOINT ["dotnet", "Okube.Actors.Silo.dll"]
