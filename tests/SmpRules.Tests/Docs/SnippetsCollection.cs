namespace SmpRules.Tests.Docs;

/// <summary>Snippets print to <see cref="Console"/>, which is process-wide: their tests run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SnippetsCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Docs snippets";
}
