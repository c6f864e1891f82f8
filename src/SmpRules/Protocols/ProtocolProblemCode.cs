namespace SmpRules.Protocols;

/// <summary>What kind of problem a <see cref="ProtocolProblem"/> is.</summary>
public enum ProtocolProblemCode
{
    /// <summary>A rule id is not dot-separated kebab-case words.</summary>
    InvalidRuleId = 0,

    /// <summary>Two rules have the same id.</summary>
    DuplicateRuleId = 1,

    /// <summary>A rule has no family.</summary>
    MissingFamily = 2,

    /// <summary>A rule's directive is not one of the defined values.</summary>
    InvalidDirective = 3,

    /// <summary>A rule has no window.</summary>
    MissingWindow = 4,

    /// <summary>A rule has no client-facing text.</summary>
    MissingText = 5,

    /// <summary>A rule's window is empty or ends before it starts.</summary>
    InvalidWindow = 6,

    /// <summary>A rule names an activity with no name.</summary>
    InvalidActivity = 7,

    /// <summary>A rule id that is referred to does not exist in the protocol.</summary>
    UnknownRule = 8,

    /// <summary>A rule is suspended by itself.</summary>
    SelfSuspension = 9,

    /// <summary>Rules suspend each other in a cycle.</summary>
    PrecedenceCycle = 10,

    /// <summary>A "do" and an "avoid" govern the same activity with no precedence between them.</summary>
    Contradiction = 11,

    /// <summary>A property of the protocol itself (its name or default language) is invalid.</summary>
    InvalidProtocol = 12,

    /// <summary>A protocol document is not well-formed JSON.</summary>
    JsonSyntax = 13,

    /// <summary>A value in a protocol document has the wrong JSON type.</summary>
    JsonWrongType = 14,

    /// <summary>A protocol document has a property the format does not define.</summary>
    JsonUnknownProperty = 15,

    /// <summary>A protocol document lacks a required property.</summary>
    JsonMissingProperty = 16,

    /// <summary>A value in a protocol document has the right type but is not allowed there.</summary>
    JsonInvalidValue = 17,

    /// <summary>A protocol document declares a format version this library does not read.</summary>
    UnsupportedFormatVersion = 18,

    /// <summary>A protocol document could not be read (a missing file, an I/O error).</summary>
    Unreadable = 19,

    /// <summary>A warning: a rule can never apply, for any plan (its window is always empty, or its condition can never hold).</summary>
    NeverApplies = 20,

    /// <summary>A warning: a rule is suspended by one that can never apply at the same time, so the suspension never takes effect.</summary>
    IneffectiveSuspension = 21,

    /// <summary>A warning: a rule's text has no translation for a culture that other rules' texts have.</summary>
    MissingTranslation = 22,

    /// <summary>A warning: a protocol document declares a family or an activity that no rule uses.</summary>
    UnusedDeclaration = 23,
}
