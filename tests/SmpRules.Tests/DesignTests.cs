using System.Reflection;
using System.Runtime.CompilerServices;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;

namespace SmpRules.Tests;

/// <summary>
/// The library's design, enforced by reflection in the spirit of NodaTime's MutabilityTest and ConsistencyTest: public
/// types are immutable (only the builder is not), public structs are readonly, equatable structs have == and !=, and
/// equatable classes override Equals and GetHashCode.
/// </summary>
public sealed class DesignTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] PublicTypes = typeof(CareRule).Assembly.GetExportedTypes();

    /// <summary>The one mutable type of the model, by design.</summary>
    private static readonly Type[] Mutable = [typeof(CareProtocolBuilder)];

    /// <summary>Enumerators advance, so they cannot be readonly; <c>foreach</c> copies them, never the schedule they read.</summary>
    private static readonly Type[] MutableStructs = [typeof(CareSchedule.ItemEnumerator), typeof(CareAdviceItems.Enumerator)];

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static IEnumerable<string> MutableMembers(Type type)
    {
        foreach (PropertyInfo property in type.GetProperties(Declared))
        {
            MethodInfo? setter = property.SetMethod;
            if (setter is not null && (setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly) && !IsInitOnly(setter))
            {
                yield return $"{type.FullName}.{property.Name} has a public setter";
            }
        }

        foreach (FieldInfo field in type.GetFields(Declared))
        {
            if ((field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) && !field.IsInitOnly && !field.IsLiteral)
            {
                yield return $"{type.FullName}.{field.Name} is a writable public field";
            }
        }
    }

    [Fact]
    public void PublicTypes_AreImmutable_ExceptTheBuilder()
    {
        PublicTypes.Where(t => !Mutable.Contains(t) && !t.IsEnum && !t.IsInterface).SelectMany(MutableMembers).Should().BeEmpty();
    }

    [Fact]
    public void Builder_IsTheMutableTypeTheTestKnows()
    {
        // Proves the immutability test sees a public setter when there is one.
        MutableMembers(typeof(CareProtocolBuilder)).Should().Contain("SmpRules.Protocols.CareProtocolBuilder.Name has a public setter");
    }

    [Fact]
    public void Records_InitOnlyPropertiesAreAllowed()
    {
        typeof(CareRule).GetProperty(nameof(CareRule.Window))!.SetMethod.Should().NotBeNull();
        MutableMembers(typeof(CareRule)).Should().BeEmpty();
    }

    [Fact]
    public void Library_HasNoStaticMutableState()
    {
        var writable = typeof(CareRule).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false) && !t.FullName!.StartsWith("System.", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");

        writable.Should().BeEmpty();
    }

    [Fact]
    public void PublicStructs_AreReadonly()
    {
        PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !MutableStructs.Contains(t))
            .Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute), false))
            .Select(t => t.FullName)
            .Should().BeEmpty();
    }

    [Fact]
    public void PublicStructs_AreSomeOfThem()
    {
        PublicTypes.Where(t => t.IsValueType && !t.IsEnum).Should().Contain([typeof(CareAdviceItem), typeof(CareActivity)]);
    }

    [Fact]
    public void EquatableStructs_HaveEqualityOperators()
    {
        var missing = new List<string>();
        foreach (Type type in PublicTypes.Where(t => t.IsValueType && Equatable(t)))
        {
            foreach (string op in new[] { "op_Equality", "op_Inequality" })
            {
                MethodInfo? method = type.GetMethod(op, BindingFlags.Public | BindingFlags.Static, [type, type]);
                if (method is null || method.ReturnType != typeof(bool))
                {
                    missing.Add($"{type.FullName} has no {op}");
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void EquatableTypes_OverrideEqualsAndGetHashCode()
    {
        var missing = new List<string>();
        foreach (Type type in PublicTypes.Where(Equatable))
        {
            MethodInfo equals = type.GetMethod(nameof(Equals), [typeof(object)])!;
            MethodInfo hash = type.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!;
            if (equals.DeclaringType == typeof(object) || equals.DeclaringType == typeof(ValueType))
            {
                missing.Add($"{type.FullName} does not override Equals(object)");
            }

            if (hash.DeclaringType == typeof(object) || hash.DeclaringType == typeof(ValueType))
            {
                missing.Add($"{type.FullName} does not override GetHashCode()");
            }
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void PublicClasses_AreSealedOrAbstract()
    {
        PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .Should().BeEmpty();
    }

    [Fact]
    public void AbstractModelClasses_CannotBeExtendedOutsideTheLibrary()
    {
        PublicTypes
            .Where(t => t.IsClass && t.IsAbstract && !t.IsSealed)
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            .Where(c => c.IsPublic || c.IsFamily)
            .Select(c => c.DeclaringType!.FullName)
            .Should().BeEmpty();
    }

    private static bool Equatable(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>));
}
