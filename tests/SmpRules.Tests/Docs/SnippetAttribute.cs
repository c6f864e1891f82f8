namespace SmpRules.Tests.Docs;

/// <summary>
/// Marks a public static method with no parameters that holds the region <see cref="Name"/> of a docs snippet:
/// DocsSnippetsTests runs it and compares what it prints with Docs/Snippets/Output/<c>name</c>.txt.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SnippetAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="SnippetAttribute"/> class.</summary>
    /// <param name="name">The name of the region the method holds.</param>
    public SnippetAttribute(string name) => Name = name;

    /// <summary>Gets the name of the region the method holds.</summary>
    public string Name { get; }
}
