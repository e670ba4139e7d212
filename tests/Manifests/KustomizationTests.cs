using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

public sealed class KustomizationTests
{
    private static KubernetesManifests Manifests => KubernetesManifests.Instance;

    private static IReadOnlyList<string> Resources =>
        Manifests.Kustomization.At("resources").Items().Select(r => $"{KubernetesManifests.Folder}/{r.Text()}").ToList();

    [Fact]
    public void Every_listed_resource_exists()
    {
        Resources.Should().NotBeEmpty().And.OnlyContain(r => RepositoryFiles.Exists(r));
    }

    [Fact]
    public void Every_manifest_is_listed_except_the_secret_template_and_the_schema_job()
    {
        var objectFiles = Manifests.Objects.Select(o => o.File).Distinct().ToList();

        objectFiles.Except(Resources).Should().BeEquivalentTo([Workloads.SecretTemplateFile, Workloads.SchemaJobFile],
            "apply -k must not reset the real Secrets to placeholders, and the schema Job runs before the silos, once per release");
    }

    [Fact]
    public void The_images_of_the_deployments_can_be_set_through_the_kustomization()
    {
        var names = Manifests.Kustomization.At("images").Items().Select(i => i.At("name").Text()).ToList();
        var images = Manifests.OfKind("Deployment").SelectMany(d => d.Containers).Select(c => c.At("image").Text()).ToList();

        images.Should().BeEquivalentTo([Workloads.Silo, Workloads.Gateway]);
        names.Should().BeEquivalentTo(images);
    }
}
