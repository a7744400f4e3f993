package deferredsim.core.architecture;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one compiled class refers to, read from its class file's constant pool: the classes it
 * names, the methods it calls or takes handles of ({@code owner.name}), and its superclass.
 */
record ClassFileReferences(String name, String superclass, List<String> classes, List<String> methods) {
    /**
     * Reads the references of a class file.
     *
     * @throws IOException when the bytes are not a class file this reader understands
     */
    static ClassFileReferences read(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] first = new int[count];
        int[] second = new int[count];
        int[] tag = new int[count];
        for (int i = 1; i < count; i++) {
            tag[i] = in.readUnsignedByte();
            switch (tag[i]) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    first[i] = in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag[i]);
            }
        }
        in.readUnsignedShort();
        String self = utf8[first[in.readUnsignedShort()]];
        int superIndex = in.readUnsignedShort();
        String superclass = superIndex == 0 ? null : utf8[first[superIndex]];
        List<String> classes = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tag[i] == 7) {
                classes.add(utf8[first[i]]);
            } else if (tag[i] == 10 || tag[i] == 11) {
                String owner = utf8[first[first[i]]];
                String method = utf8[first[second[i]]];
                methods.add(owner + "." + method);
            }
        }
        return new ClassFileReferences(self, superclass, classes, methods);
    }
}
