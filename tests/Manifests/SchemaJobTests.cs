using System.Text.RegularExpressions;
using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

public sealed partial class SchemaJobTests
{
    private const string SchemaFolder = "infra/postgres";

    private static KubeObject Job => KubernetesManifests.Instance.Single("Job", Workloads.SchemaJob);

    private static YamlNode Container => Job.SingleContainer;

    private static YamlNode SchemaVolume
    {
        get
        {
            var mount = Container.At("volumeMounts").Items().Should().ContainSingle().Subject;
            return Job.PodSpec.At("volumes").Items().Should()
                .ContainSingle(v => v.At("name").Text() == mount.At("name").Text()).Subject;
        }
    }

    [Fact]
    public void The_job_runs_apply_sh_from_the_mounted_schema_with_psql()
    {
        var mountPath = Container.At("volumeMounts").Items().Single().At("mountPath").Text();
        var command = Container.At("command").Items().Select(i => i.Text()).ToList();

        Container.At("image").Text().Should().StartWith("postgres:", "the official image has psql and bash");
        command.Should().HaveCount(3);
        command[0].Should().Be("bash");
        command[1].Should().Be($"{mountPath}/apply.sh");
        RepositoryFiles.Exists($"{SchemaFolder}/apply.sh").Should().BeTrue();
    }

    [Fact]
    public void The_job_hands_apply_sh_the_connection_string_the_silos_use()
    {
        var environment = PodEnvironment.Of(Container, KubernetesManifests.Instance);
        var silo = PodEnvironment.Of(Workloads.SiloDeployment.SingleContainer, KubernetesManifests.Instance);
        var argument = Container.At("command").Items()[2].Text()!;

        argument.Should().Be("$(ConnectionStrings__Postgres)");
        environment.Variables["ConnectionStrings__Postgres"].Should().Be(silo.Variables["ConnectionStrings__Postgres"]);
        RepositoryFiles.Read($"{SchemaFolder}/apply.sh").Should().Contain("from_adonet",
            "apply.sh understands an Npgsql connection string");
    }

    [Fact]
    public void The_schema_config_map_is_created_from_infra_postgres_as_the_docs_say()
    {
        var name = SchemaVolume.At("configMap", "name").Text();
        var docs = RepositoryFiles.Read("docs/kubernetes.md");

        name.Should().NotBeNull();
        KubernetesManifests.Instance.Find("ConfigMap", name!).Should().BeNull("it is made from the checkout, not kept in two places");
        docs.Should().Contain($"kubectl create configmap {name}").And.Contain($"--from-file={SchemaFolder}/");
        RepositoryFiles.Read(Workloads.SchemaJobFile).Should().Contain($"kubectl create configmap {name}");
    }

    [Fact]
    public void The_schema_files_fit_in_a_config_map()
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf(SchemaFolder));

        files.Select(Path.GetFileName).Should().Contain(f => f!.EndsWith(".sql", StringComparison.Ordinal))
            .And.OnlyContain(f => ConfigMapKey().IsMatch(f!), "each file becomes a ConfigMap key");
        files.Sum(f => new FileInfo(f).Length).Should().BeLessThan(900 * 1024, "a ConfigMap holds at most 1 MiB");
    }

    [Fact]
    public void The_job_gives_up_and_is_cleaned_up()
    {
        Job.PodSpec.At("restartPolicy").Text().Should().BeOneOf("Never", "OnFailure");
        Job.Spec.At("backoffLimit").Int().Should().BeInRange(1, 10);
        Job.Spec.At("activeDeadlineSeconds").Int().Should().BePositive();
        Job.Spec.At("ttlSecondsAfterFinished").Int().Should().BePositive("the next release creates it again");
    }

    [GeneratedRegex("^[-._a-zA-Z0-9]+$")]
    private static partial Regex ConfigMapKey();
}
