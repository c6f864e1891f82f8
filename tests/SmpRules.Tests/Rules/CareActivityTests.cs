using SmpRules.Rules;

namespace SmpRules.Tests.Rules;

public sealed class CareActivityTests
{
    [Fact]
    public void WellKnown_Names()
    {
        new[] { CareActivity.Washing, CareActivity.Moisturizing, CareActivity.Sweating, CareActivity.Sauna, CareActivity.Swimming, CareActivity.Sun, CareActivity.Shaving, CareActivity.Hat, CareActivity.Exfoliation }
            .Select(a => a.Name).Should().Equal("washing", "moisturizing", "sweating", "sauna", "swimming", "sun", "shaving", "hat", "exfoliation");
    }

    [Theory]
    [InlineData("Sun")]
    [InlineData("salt water")]
    [InlineData("salt_water")]
    [InlineData("-sun")]
    [InlineData("sun-")]
    [InlineData("")]
    [InlineData("sun.bath")]
    public void Constructor_NotKebab_Throws(string name)
    {
        Action act = () => _ = new CareActivity(name);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            $"The name '{name}' is not in kebab case: use lower-case letters and digits joined by hyphens, such as 'sun'. (Parameter 'name')");
        CareActivity.IsValidName(name).Should().BeFalse();
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        FluentActions.Invoking(() => new CareActivity(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        CareActivity.IsValidName(null).Should().BeFalse();
    }

    [Fact]
    public void Default_HasAnEmptyName()
    {
        default(CareActivity).Name.Should().BeEmpty();
        default(CareActivity).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Equality_AndOrdinalOrder()
    {
        (new CareActivity("salt-water") == new CareActivity("salt-water")).Should().BeTrue();
        (CareActivity.Sun != CareActivity.Hat).Should().BeTrue();
        CareActivity.Sun.Equals((object)new CareActivity("sun")).Should().BeTrue();
        CareActivity.Sun.GetHashCode().Should().Be(new CareActivity("sun").GetHashCode());
        CareActivity.Hat.CompareTo(CareActivity.Sun).Should().BeNegative();
        CareActivity.IsValidName("salt-water-2").Should().BeTrue();
    }
}
