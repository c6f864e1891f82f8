using System.IO;

namespace SmpRules.Samples.Tests.Support;

/// <summary>Finds files of the repository the tests were built from.</summary>
internal static class Repository
{
    /// <summary>Gets the repository's root: the folder holding SmpRules.sln, above the tests' output folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Returns the full path of a file given relative to the repository's root.</summary>
    public static string File(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "SmpRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder holding SmpRules.sln) was not found above " + AppContext.BaseDirectory);
    }
}
