# syntax=docker/dockerfile:1
# The Okube HTTP gateway (the REST API as an Orleans client of the silos, Cluster mode).
# Build from the repository root (BuildKit, the default builder, also reads gateway.Dockerfile.dockerignore):
#   docker build -f infra/docker/gateway.Dockerfile -t okube-gateway:dev .

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
COPY gateway/Okube.Actors.Gateway.csproj gateway/
COPY gateway/Api/Okube.Actors.Gateway.Api.csproj gateway/Api/
COPY silo/Streams/Okube.Actors.Streams.csproj silo/Streams/
RUN dotnet restore gateway/Okube.Actors.Gateway.csproj

COPY grain-interfaces/ grain-interfaces/
COPY grains/ grains/
COPY gateway/ gateway/
COPY silo/Streams/ silo/Streams/
RUN dotnet publish gateway/Okube.Actors.Gateway.csproj -c Release --no-restore -o /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .

# HTTP only: the gateway reaches the silos' gateway port, it listens on no Orleans port itself.
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080

# The non-root user of the .NET images (numeric, so Kubernetes can check runAsNonRoot).
USER $APP_UID
ENTRYPOINT ["dotnet", "Okube.Actors.Gateway.dll"]
