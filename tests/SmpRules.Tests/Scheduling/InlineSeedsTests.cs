using SmpRules.Scheduling;

namespace SmpRules.Tests.Scheduling;

/// <summary>The seeds a point question's answer holds itself: every rule, session and suspender index packs and unpacks unchanged.</summary>
public sealed class InlineSeedsTests
{
    [Theory]
    [InlineData(0, 0, -1)]
    [InlineData(0, 0, 0)]
    [InlineData(6, 3, 2)]
    [InlineData(InlineSeeds.MaxRules - 1, int.MaxValue, InlineSeeds.MaxRules - 1)]
    [InlineData(1, 1_000_000, -1)]
    [InlineData(65_533, 0, 65_532)]
    public void PackThenUnpack_GivesTheSeedBack(int rule, int session, int suspender)
    {
        ItemSeed seed = InlineSeeds.Unpack(InlineSeeds.Pack(rule, session, suspender));

        seed.Should().Be(new ItemSeed(rule, session, suspender));
    }

    [Fact]
    public void Pack_DifferentSeeds_DifferentPackings()
    {
        var packed = new HashSet<ulong>();
        for (int rule = 0; rule < 8; rule++)
        {
            for (int session = 0; session < 8; session++)
            {
                for (int suspender = -1; suspender < 8; suspender++)
                {
                    packed.Add(InlineSeeds.Pack(rule, session, suspender)).Should().BeTrue();
                }
            }
        }
    }

    [Fact]
    public void Capacity_HoldsEightSeeds()
    {
        var seeds = default(InlineSeeds);
        for (int i = 0; i < InlineSeeds.Capacity; i++)
        {
            seeds[i] = InlineSeeds.Pack(i, 10 + i, i - 1);
        }

        for (int i = 0; i < InlineSeeds.Capacity; i++)
        {
            InlineSeeds.Unpack(seeds[i]).Should().Be(new ItemSeed(i, 10 + i, i - 1));
        }

        InlineSeeds.Capacity.Should().Be(8);
    }
}
