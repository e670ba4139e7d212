namespace Okube.Actors.Tests.Unit.Infrastructure;

public sealed class ReferenceFilesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("okube-reference-").FullName;

    [Fact]
    public void Reference_copy_beside_the_clone_is_found_from_the_test_binaries()
    {
        var expected = Place(Path.Combine(root, "shared", "reference"));
        var binaries = Directory.CreateDirectory(Path.Combine(root, "clone", "tests", "Unit", "bin", "Debug", "net10.0")).FullName;

        ReferenceFiles.FindUpward("sample.csv.gz", binaries).Should().Be(expected);
    }

    [Fact]
    public void Reference_copy_inside_the_clone_is_found_from_the_test_binaries()
    {
        var expected = Place(Path.Combine(root, "clone", "shared", "reference"));
        var binaries = Directory.CreateDirectory(Path.Combine(root, "clone", "tests", "Unit", "bin")).FullName;

        ReferenceFiles.FindUpward("sample.csv.gz", binaries).Should().Be(expected);
    }

    [Fact]
    public void Missing_reference_file_is_reported_with_the_places_searched()
    {
        var locate = () => ReferenceFiles.Locate("no-such-file.csv.gz");

        locate.Should().Throw<FileNotFoundException>()
            .WithMessage("*shared/reference/no-such-file.csv.gz not found*Looked at:*");
    }

    [Fact]
    public void Path_data_reference_file_is_present()
    {
        File.Exists(ReferenceFiles.Locate(ReferenceFiles.PathDataName)).Should().BeTrue();
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static string Place(string directory)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "sample.csv.gz");
        File.WriteAllText(file, "");
        return file;
    }
}
