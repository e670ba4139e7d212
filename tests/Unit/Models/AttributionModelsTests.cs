using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Models;

namespace Okube.Actors.Tests.Unit.Models;

public sealed class AttributionModelsTests
{
    [Fact]
    public void Wire_names_parse_to_the_model_of_that_name()
    {
        foreach (var model in AttributionModels.Default.All)
        {
            AttributionModels.TryParse(model.Name, out var parsed).Should().BeTrue(model.Name);
            parsed.Should().Be(model.Kind);
            AttributionModels.NameOf(model.Kind).Should().Be(model.Name);
            AttributionModels.Default[model.Kind].Should().BeSameAs(model);
        }
        AttributionModels.Names.Should().Equal("first_touch", "last_touch", "linear", "position_based", "time_decay");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Linear")]
    [InlineData("markov")]
    public void Unknown_model_names_do_not_parse(string? name)
    {
        AttributionModels.TryParse(name, out _).Should().BeFalse();
    }
}
