package deferredsim.core.value;

/** Python's {@code None}. The only instance is {@link Value#NONE}. */
public enum NoneValue implements Value {
    INSTANCE;

    @Override
    public String render() {
        return "None";
    }
}
