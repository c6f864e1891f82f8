using System.IO;
using SmpRules.Tests.Support;

namespace SmpRules.Tests.Docs;

/// <summary>README's test command is the one CI runs, and it installs what the browser tests need before running them.</summary>
public sealed class ReadmeCommandsTests
{
    private static string Read(string path) => File.ReadAllText(RepositoryRoot.Combine(path)).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Readme_TestCommand_IsTheScriptCiRuns()
    {
        string readme = Read("README.md");
        string ci = Read(".ci/run");

        readme.Should().Contain("```bash\nbash tests/test.sh\n```");
        ci.Should().Contain("bash tests/test.sh --no-build --logger \"trx\"");
        ci.Should().NotContain("dotnet test SmpRules.sln", "CI runs README's command, not a copy of it");
    }

    [Fact]
    public void TestScript_InstallsChromiumAndTheAotToolchainWhenMissing_ThenRunsEveryTest()
    {
        string script = Read("tests/test.sh");

        script.Should().StartWith("#!/usr/bin/env bash\n");
        script.Should().Contain("set -euo pipefail");
        script.Should().Contain("[ -x /usr/bin/chromium ] || missing+=(chromium)");
        script.Should().Contain("command -v clang >/dev/null || missing+=(clang)");
        script.Should().Contain("command -v ld.lld >/dev/null || missing+=(lld)");
        script.Should().Contain("apt-get install -y -qq \"${missing[@]}\"");
        script.TrimEnd().Should().EndWith("dotnet test SmpRules.sln -c Release \"$@\"");
    }
}
