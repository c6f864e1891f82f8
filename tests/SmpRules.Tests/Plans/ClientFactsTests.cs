using SmpRules.Plans;

namespace SmpRules.Tests.Plans;

public sealed class ClientFactsTests
{
    [Fact]
    public void With_NameAndValue_LookupIgnoresCase()
    {
        ClientFacts facts = ClientFacts.Empty.With("Skin-Type", "very-fair");

        facts.TryGetValue("skin-type", out string value).Should().BeTrue();
        value.Should().Be("very-fair");
        facts.ContainsKey("SKIN-TYPE").Should().BeTrue();
        facts["skin-TYPE"].Should().Be("very-fair");
        facts.Count.Should().Be(1);
    }

    [Fact]
    public void With_SameNameAgain_ReplacesTheValue()
    {
        ClientFacts facts = ClientFacts.Empty.With("skin-type", "fair").With("SKIN-TYPE", "dark");

        facts.Count.Should().Be(1);
        facts["skin-type"].Should().Be("dark");
    }

    [Fact]
    public void With_TrimsNameAndValue()
    {
        ClientFacts.Empty.With("  scabs ", " yes ")["scabs"].Should().Be("yes");
    }

    [Fact]
    public void With_DoesNotChangeTheOriginal()
    {
        ClientFacts original = ClientFacts.Empty.With("a", "1");

        _ = original.With("b", "2");

        original.Count.Should().Be(1);
        ClientFacts.Empty.Count.Should().Be(0);
    }

    [Theory]
    [InlineData("", "x", "name")]
    [InlineData(" ", "x", "name")]
    [InlineData("x", "", "value")]
    public void With_BlankNameOrValue_Throws(string name, string value, string param)
    {
        Action act = () => ClientFacts.Empty.With(name, value);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be($"The {param} parameter must not be empty or white space. (Parameter '{param}')");
    }

    [Fact]
    public void Create_Pairs_LaterPairReplacesEarlier()
    {
        ClientFacts facts = ClientFacts.Create([new("skin-type", "fair"), new("scabs", "yes"), new("Skin-Type", "dark")]);

        facts.Count.Should().Be(2);
        facts["skin-type"].Should().Be("dark");
        facts.Keys.Should().Equal(["scabs", "skin-type"], (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Equals_SameFactsIgnoringCase_AreEqual()
    {
        ClientFacts a = ClientFacts.Empty.With("skin-type", "Fair").With("scabs", "yes");
        ClientFacts b = ClientFacts.Empty.With("SCABS", "YES").With("Skin-Type", "fair");

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(ClientFacts.Empty.With("skin-type", "fair")).Should().BeFalse();
        a.Equals(ClientFacts.Empty.With("skin-type", "dark").With("scabs", "yes")).Should().BeFalse();
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ToString_NameValuePairsInNameOrder()
    {
        ClientFacts.Empty.With("skin-type", "fair").With("scabs", "yes").ToString().Should().Be("scabs=yes, skin-type=fair");
    }
}
