namespace GillRepro.Serialization;

/// <summary>What <see cref="Scorecard.Format"/> made of a text.</summary>
public enum CanonicalStatus
{
    /// <summary>The text is its canonical form already.</summary>
    Canonical = 0,

    /// <summary>The text reads as a paper whose canonical form differs: <see cref="CanonicalForm.Text"/>.</summary>
    Rewritten,

    /// <summary>Rewriting would lose something: <see cref="CanonicalForm.Reason"/> says what.</summary>
    Refused,
}
