using SmpRules.Rules;

namespace SmpRules.Tests.Rules;

public sealed class CareFamilyTests
{
    [Fact]
    public void WellKnown_Names()
    {
        new[] { CareFamily.Hygiene, CareFamily.Hydration, CareFamily.DryPeriod, CareFamily.SweatAvoidance }
            .Select(f => f.ToString()).Should().Equal("hygiene", "hydration", "dry-period", "sweat-avoidance");
    }

    [Theory]
    [InlineData("Dry-Period")]
    [InlineData("dry period")]
    [InlineData("dry--period")]
    [InlineData("")]
    public void Constructor_NotKebab_Throws(string name)
    {
        Action act = () => _ = new CareFamily(name);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            $"The name '{name}' is not in kebab case: use lower-case letters and digits joined by hyphens, such as 'dry-period'. (Parameter 'name')");
    }

    [Fact]
    public void ClinicFamily_IsAllowed()
    {
        new CareFamily("sun-protection").Name.Should().Be("sun-protection");
        CareFamily.IsValidName("sun-protection").Should().BeTrue();
    }

    [Fact]
    public void Equality_AndOrdinalOrder()
    {
        (new CareFamily("hygiene") == CareFamily.Hygiene).Should().BeTrue();
        (CareFamily.Hygiene != CareFamily.Hydration).Should().BeTrue();
        default(CareFamily).Name.Should().BeEmpty();
        (default(CareFamily) == new CareFamily("hygiene")).Should().BeFalse();
        CareFamily.DryPeriod.CompareTo(CareFamily.Hygiene).Should().BeNegative();
    }
}
