using SmpRules.Timing;

namespace SmpRules.Tests.Timing;

public sealed class CombinedWindowTests
{
    [Theory]
    [InlineData(WindowOperation.Union)]
    [InlineData(WindowOperation.Intersection)]
    [InlineData(WindowOperation.Difference)]
    public void Properties_OperationLeftRight(WindowOperation operation)
    {
        CareWindow left = CareWindow.Days(0, 28);
        CareWindow right = CareWindow.Hours(0, 24);

        CombinedWindow combined = operation switch
        {
            WindowOperation.Union => left.Union(right),
            WindowOperation.Intersection => left.Intersect(right),
            _ => left.Except(right),
        };

        combined.Operation.Should().Be(operation);
        combined.Left.Should().BeSameAs(left);
        combined.Right.Should().BeSameAs(right);
    }

    [Fact]
    public void Equals_DifferentOperation_AreNotEqual()
    {
        CareWindow a = CareWindow.Days(0, 28);
        CareWindow b = CareWindow.Days(0, 4);

        a.Union(b).Should().NotBe(a.Intersect(b));
        a.Except(b).Should().NotBe(b.Except(a));
        a.Except(b).Should().Be(CareWindow.Days(0, 28).Except(CareWindow.Days(0, 4)));
    }

    [Fact]
    public void ToString_Nested_Parenthesized()
    {
        CareWindow.Days(0, 28).Except(CareWindow.Days(0, 4).Union(CareWindow.Hours(0, 1))).ToString()
            .Should().Be("(days 0 to 28 of each session) except ((days 0 to 4 of each session) or (hours 0 to 1 of each session))");
    }
}
