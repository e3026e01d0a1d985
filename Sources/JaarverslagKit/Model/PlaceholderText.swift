/// The sentence `jaarverslag new` writes where a group's text for the new year goes. A
/// fragment that still holds it is not finished; validation refuses to build it.
public enum PlaceholderText {
    public static let marker = "Vervang deze zin door de tekst van de themagroep"
}
