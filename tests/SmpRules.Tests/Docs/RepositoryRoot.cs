using System.IO;

namespace SmpRules.Tests.Docs;

/// <summary>Finds the repository's root folder (the one holding SmpRules.sln) from wherever the tests run.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>Gets the full path of the repository's root folder.</summary>
    internal static string Path => Root.Value;

    /// <summary>Returns the full path of a file or folder given relative to the root, with forward slashes.</summary>
    internal static string Combine(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relative));

    /// <summary>Returns a path relative to the root, with forward slashes, for messages.</summary>
    internal static string Relative(string fullPath) => System.IO.Path.GetRelativePath(Path, fullPath).Replace('\\', '/');

    private static string Find()
    {
        // Walk up from the test assembly's folder (tests/SmpRules.Tests/bin/<config>/<tfm>/) until SmpRules.sln is found.
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SmpRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{AppContext.BaseDirectory}' holds SmpRules.sln; the docs tests must run from a build inside the repository.");
    }
}
