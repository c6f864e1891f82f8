using System.IO;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;

namespace SmpRules.Tests.Protocols.Json;

/// <summary>Property tests: loading a saved protocol gives back an equal protocol, for thousands of random protocols.</summary>
public sealed class CareProtocolJsonRoundTripTests
{
    private const int Protocols = 3000;

    [Fact]
    public void Parse_SerializedRandomProtocols_EqualTheOriginals()
    {
        var random = new RandomProtocols(seed: 20261125);
        for (int i = 0; i < Protocols; i++)
        {
            CareProtocol protocol = random.Next();
            string json = CareProtocolJson.Serialize(protocol);

            CareProtocol loaded = CareProtocolJson.Parse(json);

            loaded.Should().Be(protocol, "protocol {0} must survive a round trip:\n{1}", i, json);
            CareProtocolJson.Serialize(loaded).Should().Be(json);
        }
    }

    [Fact]
    public void Load_SavedRandomProtocols_EqualTheOriginals()
    {
        var random = new RandomProtocols(seed: 7);
        for (int i = 0; i < Protocols / 10; i++)
        {
            CareProtocol protocol = random.Next();
            using var stream = new MemoryStream();
            CareProtocolJson.Save(protocol, stream);
            stream.Position = 0;

            CareProtocolJson.Load(stream).Should().Be(protocol);
        }
    }

    [Fact]
    public void LoadFile_SavedStandardProtocol_EqualsStandardProtocol()
    {
        string path = Path.Combine(Path.GetTempPath(), $"smprules-{Guid.NewGuid():N}.json");
        try
        {
            CareProtocolJson.SaveFile(StandardProtocol.Instance, path);

            CareProtocolJson.LoadFile(path).Should().Be(StandardProtocol.Instance);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
