using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Protocols;

/// <summary>
/// The Standard protocol shipped with SmpRules: the four tips of the source text (hygiene, hydration, a dry period and
/// sweat avoidance) with a 4-day dry period and a 28-day healing phase, the most common published figures.
/// </summary>
/// <remarks>
/// <para>Days are session days: day 0 is the session's local date. Derive a clinic's variant from it, for instance
/// <c>StandardProtocol.Instance.WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 5))</c>.</para>
/// <para>Texts are in English, with Spanish translations (<c>es</c>).</para>
/// </remarks>
public static class StandardProtocol
{
    /// <summary>The number of the last day of the dry period: days 0 to 4 of each session.</summary>
    public const int DryPeriodLastDay = 4;

    /// <summary>The number of the last day of the healing phase: days 0 to 28 of each session.</summary>
    public const int HealingPhaseLastDay = 28;

    /// <summary>Gets the Standard protocol's name.</summary>
    public const string Name = "Standard";

    /// <summary>Gets the Standard protocol's description.</summary>
    public static string Description { get; } =
        "The four tips of the source text (hygiene, hydration, a dry period and sweat avoidance) with a 4-day dry period and a 28-day healing phase, the most common published figures. Days are session days: day 0 is the session's local date.";

    /// <summary>
    /// Gets "keep the scalp dry": avoid washing, moisturizing and sweating on days 0 to 4 of each session.
    /// </summary>
    /// <remarks>Source: "When you are undergoing the SMP sessions, it’s vital to keep the scalp dry after every treatment session at least for four days."</remarks>
    public static CareRule KeepScalpDry { get; } = new()
    {
        Id = RuleIds.KeepScalpDry,
        Family = CareFamily.DryPeriod,
        Directive = CareDirective.Avoid,
        Activities = [CareActivity.Washing, CareActivity.Moisturizing, CareActivity.Sweating],
        Window = CareWindow.Days(0, DryPeriodLastDay),
        Text = new CareText("Keep your scalp dry: no washing, no moisturizer and no sweating for the first days after every session.")
            .WithTranslation("es", "Mantén el cuero cabelludo seco: sin lavarlo, sin crema hidratante y sin sudar durante los primeros días después de cada sesión."),
    };

    /// <summary>
    /// Gets "redness and itching are normal": what to expect on days 0 to 4 of each session.
    /// </summary>
    /// <remarks>Source: "It’s natural to experience a little bit of redness." "Itching is also natural." "All these will subside in a few days."</remarks>
    public static CareRule RednessAndItching { get; } = new()
    {
        Id = RuleIds.RednessAndItching,
        Family = CareFamily.DryPeriod,
        Directive = CareDirective.Expect,
        Window = CareWindow.Days(0, DryPeriodLastDay),
        Text = new CareText("A little redness and itching is normal; it goes away in a few days.")
            .WithTranslation("es", "Es normal un poco de enrojecimiento y picor; desaparece en unos días."),
    };

    /// <summary>
    /// Gets "a loose hat": if wearing a hat on days 0 to 28 of each session, it should be loose, soft and comfortable.
    /// </summary>
    /// <remarks>Source: "If you are wearing a hat, make sure that the hat is loose, soft, and comfortable to avoid causing further skin irritation during the healing phase."</remarks>
    public static CareRule LooseHat { get; } = new()
    {
        Id = RuleIds.LooseHat,
        Family = CareFamily.DryPeriod,
        Directive = CareDirective.Limit,
        Activities = [CareActivity.Hat],
        Window = CareWindow.Days(0, HealingPhaseLastDay),
        Text = new CareText("If you wear a hat, make it loose, soft and comfortable while your scalp heals.")
            .WithTranslation("es", "Si usas gorra o sombrero, que sea holgado, suave y cómodo mientras el cuero cabelludo sana."),
    };

    /// <summary>
    /// Gets "shampoo and condition": keep washing with shampoo and conditioner from the first session on, for good,
    /// except while the dry period applies.
    /// </summary>
    /// <remarks>Source: "The next time you are taking a shower, do use the shampoo and the conditioner. It will help to keep the scalp free from dandruff."</remarks>
    public static CareRule ShampooAndCondition { get; } = new()
    {
        Id = RuleIds.ShampooAndCondition,
        Family = CareFamily.Hygiene,
        Directive = CareDirective.Do,
        Activities = [CareActivity.Washing],
        Window = CareWindow.DaysFrom(0, WindowAnchor.FirstSession),
        SuspendedBy = [RuleIds.KeepScalpDry],
        Text = new CareText("Keep using shampoo and conditioner when you shower: oil and dead skin build up with or without hair.")
            .WithTranslation("es", "Sigue usando champú y acondicionador al ducharte: la grasa y la piel muerta se acumulan con o sin pelo."),
    };

    /// <summary>
    /// Gets "moisturize": moisturize the scalp with a matte-finish moisturizer from the first session on, for good,
    /// except while the dry period applies.
    /// </summary>
    /// <remarks>Source: "Never forget to use moisturizers. You can always buy the ones that offer a matte finish look." and "Hydrating the scalp is an absolute necessity, but only from the healing period onwards."</remarks>
    public static CareRule Moisturize { get; } = new()
    {
        Id = RuleIds.Moisturize,
        Family = CareFamily.Hydration,
        Directive = CareDirective.Do,
        Activities = [CareActivity.Moisturizing],
        Window = CareWindow.DaysFrom(0, WindowAnchor.FirstSession),
        SuspendedBy = [RuleIds.KeepScalpDry],
        Text = new CareText("Moisturize your scalp every day with a matte-finish moisturizer, so it neither dries out nor shines.")
            .WithTranslation("es", "Hidrata el cuero cabelludo cada día con una crema de acabado mate, para que no se reseque ni brille."),
    };

    /// <summary>
    /// Gets "no sauna or steam room" on days 0 to 28 of each session.
    /// </summary>
    /// <remarks>Source: "Saunas and the steam rooms are not the ideal places for you after the SMP. because excessive sweating is not good for the scalp during the healing phase."</remarks>
    public static CareRule NoSaunaOrSteam { get; } = new()
    {
        Id = RuleIds.NoSaunaOrSteam,
        Family = CareFamily.SweatAvoidance,
        Directive = CareDirective.Avoid,
        Activities = [CareActivity.Sauna],
        Window = CareWindow.Days(0, HealingPhaseLastDay),
        Text = new CareText("Stay out of saunas and steam rooms while your scalp heals: heavy sweating harms it.")
            .WithTranslation("es", "No entres en saunas ni baños de vapor mientras el cuero cabelludo sana: sudar mucho lo daña."),
    };

    /// <summary>
    /// Gets "controlled exercise": exercise and the gym are fine on days 0 to 28 of each session if sweating is kept
    /// under control, except while the dry period applies.
    /// </summary>
    /// <remarks>Source: "It’s fine to continue with the regular exercise regime and gym activities if you can keep the sweating under control."</remarks>
    public static CareRule ControlledExercise { get; } = new()
    {
        Id = RuleIds.ControlledExercise,
        Family = CareFamily.SweatAvoidance,
        Directive = CareDirective.Limit,
        Activities = [CareActivity.Sweating],
        Window = CareWindow.Days(0, HealingPhaseLastDay),
        SuspendedBy = [RuleIds.KeepScalpDry],
        Text = new CareText("Exercise and the gym are fine if you keep the sweating under control.")
            .WithTranslation("es", "Puedes hacer ejercicio e ir al gimnasio si mantienes el sudor bajo control."),
    };

    /// <summary>Gets the Standard protocol: the seven rules above, in the order of DOMAIN.md section 4.</summary>
    public static CareProtocol Instance { get; } = new CareProtocolBuilder(Name) { Description = Description }
        .Add(KeepScalpDry)
        .Add(RednessAndItching)
        .Add(LooseHat)
        .Add(ShampooAndCondition)
        .Add(Moisturize)
        .Add(NoSaunaOrSteam)
        .Add(ControlledExercise)
        .Build();

    /// <summary>The ids of the Standard protocol's rules.</summary>
    public static class RuleIds
    {
        /// <summary>The id of <see cref="StandardProtocol.KeepScalpDry"/>.</summary>
        public const string KeepScalpDry = "dry-period.keep-scalp-dry";

        /// <summary>The id of <see cref="StandardProtocol.RednessAndItching"/>.</summary>
        public const string RednessAndItching = "dry-period.redness-and-itching";

        /// <summary>The id of <see cref="StandardProtocol.LooseHat"/>.</summary>
        public const string LooseHat = "dry-period.loose-hat";

        /// <summary>The id of <see cref="StandardProtocol.ShampooAndCondition"/>.</summary>
        public const string ShampooAndCondition = "hygiene.shampoo-and-condition";

        /// <summary>The id of <see cref="StandardProtocol.Moisturize"/>.</summary>
        public const string Moisturize = "hydration.moisturize";

        /// <summary>The id of <see cref="StandardProtocol.NoSaunaOrSteam"/>.</summary>
        public const string NoSaunaOrSteam = "sweat-avoidance.no-sauna-or-steam";

        /// <summary>The id of <see cref="StandardProtocol.ControlledExercise"/>.</summary>
        public const string ControlledExercise = "sweat-avoidance.controlled-exercise";
    }
}
