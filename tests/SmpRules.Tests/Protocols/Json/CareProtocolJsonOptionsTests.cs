using SmpRules.Protocols.Json;

namespace SmpRules.Tests.Protocols.Json;

public sealed class CareProtocolJsonOptionsTests
{
    [Fact]
    public void Default_HasTheDocumentedValues()
    {
        CareProtocolJsonOptions.Default.MaxDocumentSize.Should().Be(1024 * 1024);
        CareProtocolJsonOptions.Default.MaxDepth.Should().Be(64);
        CareProtocolJsonOptions.Default.ExtendsResolver.Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void MaxDepth_OutOfRange_Throws(int depth)
    {
        Action create = () => _ = new CareProtocolJsonOptions { MaxDepth = depth };
        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The MaxDepth option must be from 1 to 1000.*");
    }

    [Fact]
    public void MaxDocumentSize_Zero_Throws()
    {
        Action create = () => _ = new CareProtocolJsonOptions { MaxDocumentSize = 0 };
        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The MaxDocumentSize option must be at least 1 byte.*");
    }
}
