namespace SmpRules.Rules;

/// <summary>What a care rule asks of the client.</summary>
public enum CareDirective
{
    /// <summary>Something to keep doing.</summary>
    Do = 0,

    /// <summary>Something not to do.</summary>
    Avoid = 1,

    /// <summary>Something allowed with care.</summary>
    Limit = 2,

    /// <summary>Something that is normal: information, not an instruction.</summary>
    Expect = 3,
}
