using System.IO;

namespace SmpRules.Samples.Tests.Support;

/// <summary>A protocol document written to a temporary folder for one test, deleted with it.</summary>
internal sealed class ProtocolFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "smp-care-tests-" + Guid.NewGuid().ToString("N"));

    public ProtocolFile(string json, string name = "clinic.json")
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, name);
        File.WriteAllText(Path, json.ReplaceLineEndings("\n"));
    }

    /// <summary>Gets the file's full path.</summary>
    public string Path { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
