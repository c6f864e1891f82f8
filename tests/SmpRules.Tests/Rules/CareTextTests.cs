using System.Globalization;
using SmpRules.Rules;

namespace SmpRules.Tests.Rules;

public sealed class CareTextTests
{
    private static readonly CareText Text = new CareText("Keep your scalp dry.")
        .WithTranslation("es", "Mantén el cuero cabelludo seco.")
        .WithTranslation("es-AR", "Mantené el cuero cabelludo seco.");

    [Theory]
    [InlineData("es-AR", "Mantené el cuero cabelludo seco.")]
    [InlineData("es-MX", "Mantén el cuero cabelludo seco.")]
    [InlineData("es", "Mantén el cuero cabelludo seco.")]
    [InlineData("ES-ar", "Mantené el cuero cabelludo seco.")]
    [InlineData("fr-FR", "Keep your scalp dry.")]
    [InlineData("en", "Keep your scalp dry.")]
    [InlineData("", "Keep your scalp dry.")]
    [InlineData(null, "Keep your scalp dry.")]
    public void Resolve_CultureName_FallsBackFromSpecificToNeutralToDefault(string? culture, string expected)
    {
        Text.Resolve(culture).Should().Be(expected);
    }

    [Fact]
    public void Resolve_CultureInfo_UsesItsName()
    {
        Text.Resolve(CultureInfo.GetCultureInfo("es-MX")).Should().Be("Mantén el cuero cabelludo seco.");
        Text.Resolve(CultureInfo.InvariantCulture).Should().Be("Keep your scalp dry.");
        Text.Resolve((CultureInfo?)null).Should().Be("Keep your scalp dry.");
    }

    [Fact]
    public void Resolve_ScriptSubtag_FallsBackOneSubtagAtATime()
    {
        CareText text = new CareText("Hat.").WithTranslation("zh", "帽子。").WithTranslation("zh-Hant", "帽子（繁）。");

        text.Resolve("zh-Hant-TW").Should().Be("帽子（繁）。");
        text.Resolve("zh-Hans-CN").Should().Be("帽子。");
    }

    [Fact]
    public void WithTranslation_SameCultureAgain_Replaces()
    {
        CareText text = new CareText("Dry.").WithTranslation("es", "Seco.").WithTranslation("ES", "Sequito.");

        text.Translations.Should().ContainSingle();
        text.Resolve("es").Should().Be("Sequito.");
    }

    [Fact]
    public void WithTranslation_DoesNotChangeTheOriginal()
    {
        CareText original = new("Dry.");

        _ = original.WithTranslation("es", "Seco.");

        original.Translations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("spanish")]
    [InlineData("e")]
    [InlineData("es_MX")]
    [InlineData("es-")]
    [InlineData("es-M")]
    [InlineData("12")]
    public void WithTranslation_NotACultureName_Throws(string culture)
    {
        Action act = () => new CareText("Dry.").WithTranslation(culture, "Seco.");

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            $"The culture '{culture}' is not a culture name; use a language tag such as 'es' or 'es-MX'. (Parameter 'culture')");
    }

    [Fact]
    public void WithTranslation_BlankCultureOrText_Throws()
    {
        FluentActions.Invoking(() => new CareText("Dry.").WithTranslation(" ", "Seco.")).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("The culture parameter must not be empty or white space. (Parameter 'culture')");
        FluentActions.Invoking(() => new CareText("Dry.").WithTranslation("es", "")).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("The text parameter must not be empty or white space. (Parameter 'text')");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankText_Throws(string text)
    {
        Action act = () => _ = new CareText(text);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be("The text parameter must not be empty or white space. (Parameter 'text')");
    }

    [Fact]
    public void ImplicitConversion_String_IsTheDefaultText()
    {
        CareText text = "Dry.";

        text.Default.Should().Be("Dry.");
        text.Translations.Should().BeEmpty();
        CareText.FromString("Dry.").Should().Be(text);
        text.ToString().Should().Be("Dry.");
    }

    [Fact]
    public void Equals_SameTextsWhateverTheOrderOrCaseOfCultures()
    {
        CareText a = new CareText("Dry.").WithTranslation("es", "Seco.").WithTranslation("fr", "Sec.");
        CareText b = new CareText("Dry.").WithTranslation("FR", "Sec.").WithTranslation("es", "Seco.");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new CareText("Dry.").WithTranslation("es", "Seco."));
        a.Should().NotBe(new CareText("dry.").WithTranslation("es", "Seco.").WithTranslation("fr", "Sec."));
        a.Should().NotBe(new CareText("Dry.").WithTranslation("es", "Seco!").WithTranslation("fr", "Sec."));
    }

    [Fact]
    public void Translations_OrderedByCultureName()
    {
        Text.Translations.Keys.Should().Equal("es", "es-AR");
    }
}
