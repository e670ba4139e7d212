using System.Reflection;
using System.Runtime.Versioning;
using Okube.Actors.Gateway.Host.Hosting;
using Okube.Actors.Silo.Options;
using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

public sealed class DockerfileTests
{
    public const string SiloDockerfile = "infra/docker/silo.Dockerfile";
    public const string GatewayDockerfile = "infra/docker/gateway.Dockerfile";
    public const string SiloProject = "silo/Okube.Actors.Silo.csproj";
    public const string GatewayProject = "gateway/Okube.Actors.Gateway.csproj";

    private static readonly string[] RestoreInputs = ["Directory.Build.props", "Directory.Packages.props", "nuget.config", "Directory.Build.targets", "global.json"];

    public static TheoryData<string, string> Images => new()
    {
        { SiloDockerfile, SiloProject },
        { GatewayDockerfile, GatewayProject },
    };

    private static Assembly AssemblyOf(string project) =>
        project == SiloProject ? typeof(OrleansEndpointOptions).Assembly : typeof(ClusterClientHostingExtensions).Assembly;

    [Theory]
    [MemberData(nameof(Images))]
    public void The_entry_point_is_the_assembly_the_project_builds(string dockerfile, string project)
    {
        var assembly = AssemblyOf(project).GetName().Name;
        var entryPoint = Dockerfile.Load(dockerfile).Final.All("ENTRYPOINT").Should().ContainSingle().Subject.ExecForm;

        ProjectGraph.AssemblyName(project).Should().Be(assembly);
        entryPoint.Should().Equal("dotnet", $"{assembly}.dll");
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Build_and_runtime_images_match_the_target_framework(string dockerfile, string project)
    {
        var framework = AssemblyOf(project).GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        var version = framework[(framework.IndexOf("Version=v", StringComparison.Ordinal) + "Version=v".Length)..];
        var file = Dockerfile.Load(dockerfile);

        file.Stages.Should().HaveCount(2);
        file.Stages[0].Image.Should().Be($"mcr.microsoft.com/dotnet/sdk:{version}");
        file.Final.Image.Should().Be($"mcr.microsoft.com/dotnet/aspnet:{version}");
        file.Final.All("COPY").Should().OnlyContain(c => c.HasFlag($"--from={file.Stages[0].Alias}"),
            "the runtime image holds the published output only");
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void The_project_is_published_in_release(string dockerfile, string project)
    {
        var publish = Dockerfile.Load(dockerfile).Stages[0].All("RUN").Should()
            .ContainSingle(r => r.Arguments.Contains("dotnet publish", StringComparison.Ordinal)).Subject;

        publish.Words.Should().Contain(project).And.ContainInConsecutiveOrder("-c", "Release");
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Restore_is_cached_on_the_project_files_of_the_whole_reference_closure(string dockerfile, string project)
    {
        var build = Dockerfile.Load(dockerfile).Stages[0];
        var restore = build.IndexOf(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        var publish = build.IndexOf(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
        var closure = ProjectGraph.Closure(project);

        restore.Should().BeGreaterThan(0).And.BeLessThan(publish);
        build.Instructions[restore].Words.Should().Contain(project);
        var beforeRestore = build.Instructions.Take(restore).Where(i => i.Keyword == "COPY").SelectMany(c => c.CopyPaths.Sources).ToList();
        beforeRestore.Should().OnlyContain(s => s.EndsWith(".csproj", StringComparison.Ordinal) || RestoreInputs.Contains(s),
            "a source file copied before the restore would make every code change restore again");
        beforeRestore.Should().Contain(closure);
        beforeRestore.Should().Contain(RestoreInputs.Where(RepositoryFiles.Exists));

        var sources = build.Instructions.Skip(restore).Take(publish - restore).Where(i => i.Keyword == "COPY")
            .SelectMany(c => c.CopyPaths.Sources).ToList();
        foreach (var folder in closure.Select(ProjectGraph.FolderOf))
        {
            sources.Should().Contain(s => s.EndsWith('/') && folder.StartsWith(s, StringComparison.Ordinal),
                $"the sources of {folder} reach the image before publish");
        }
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Host_build_output_is_kept_out_of_the_build_context(string dockerfile, string project)
    {
        var ignored = RepositoryFiles.Read($"{dockerfile}.dockerignore").Split('\n').Select(l => l.Trim()).ToList();

        project.Should().EndWith(".csproj");
        ignored.Should().Contain(["**/bin/", "**/obj/"], "obj/project.assets.json of the host would replace the image's restore");
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void The_runtime_image_runs_as_a_non_root_user(string dockerfile, string project)
    {
        var user = Dockerfile.Load(dockerfile).Final.All("USER").Should().ContainSingle().Subject.Arguments;

        project.Should().NotBeNullOrEmpty();
        new[] { "root", "0", "0:0" }.Should().NotContain(user);
        user.Should().Be("$APP_UID", "the .NET images' numeric non-root user, which Kubernetes' runAsNonRoot can verify");
    }

    [Fact]
    public void The_silo_image_exposes_its_http_and_orleans_ports()
    {
        var runtime = Dockerfile.Load(SiloDockerfile).Final;
        var defaults = new OrleansEndpointOptions();
        var container = Workloads.SiloDeployment.SingleContainer;

        Exposed(runtime).Should().BeEquivalentTo([HttpPort(runtime), defaults.SiloPort, defaults.GatewayPort]);
        Exposed(runtime).Should().BeEquivalentTo(container.At("ports").Items().Select(p => p.At("containerPort").Int()!.Value));
    }

    [Fact]
    public void The_gateway_image_exposes_its_http_port_only()
    {
        var runtime = Dockerfile.Load(GatewayDockerfile).Final;
        var container = Workloads.GatewayDeployment.SingleContainer;

        Exposed(runtime).Should().Equal(HttpPort(runtime));
        Exposed(runtime).Should().BeEquivalentTo(container.At("ports").Items().Select(p => p.At("containerPort").Int()!.Value));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void The_image_listens_where_the_deployment_says(string dockerfile, string project)
    {
        var runtime = Dockerfile.Load(dockerfile).Final;
        var deployment = project == SiloProject ? Workloads.SiloDeployment : Workloads.GatewayDeployment;

        runtime.Environment.Should().NotContainKey("ASPNETCORE_URLS", "it would override ASPNETCORE_HTTP_PORTS");
        Workloads.ContainerPort(deployment.SingleContainer, "http").Should().Be(HttpPort(runtime));
    }

    private static int HttpPort(DockerStage runtime) => int.Parse(runtime.Environment["ASPNETCORE_HTTP_PORTS"]);

    private static IReadOnlyList<int> Exposed(DockerStage runtime) =>
        runtime.All("EXPOSE").SelectMany(e => e.Words).Select(w => int.Parse(w.Split('/')[0])).ToList();
}
