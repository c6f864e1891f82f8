using System.Text.Json;

namespace SmpRules.Samples.Tests.Support;

/// <summary>How a run of smp-care ended: its exit code, standard output and standard error.</summary>
internal sealed record SmpCareRun(int ExitCode, string Output, string Error)
{
    /// <summary>Gets the lines written to standard error.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Parses standard output as JSON.</summary>
    public JsonElement Json()
    {
        using JsonDocument document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts the run succeeded with nothing on standard error.</summary>
    public SmpCareRun ShouldSucceed()
    {
        (ExitCode, Error).Should().Be((0, string.Empty), "smp-care should succeed; its output was:\n" + Output);
        return this;
    }

    /// <summary>Asserts the run failed on bad input with exactly these lines on standard error and nothing on standard output.</summary>
    public void ShouldFailWithBadInput(params string[] errors)
    {
        ExitCode.Should().Be(2, "the input is bad; standard error was:\n" + Error);
        Output.Should().BeEmpty();
        ErrorLines.Should().Equal(errors);
    }
}
