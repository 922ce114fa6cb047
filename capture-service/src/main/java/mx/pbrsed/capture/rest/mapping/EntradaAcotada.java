package mx.pbrsed.capture.rest.mapping;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read with ceilings: a read past the body's limit, or past the limit of the piece
 * being read (a row of a lote), fails instead of handing more bytes to a parser that would keep
 * them. A reader of rows starts a {@link #nuevoTramo() new piece} at each row, so no row, whatever
 * the body holds, can fill the heap while it is parsed.
 */
public final class EntradaAcotada extends FilterInputStream {
    /** An IOException, so Jackson and commons-csv pass it through as it is instead of wrapping it. */
    public static final class LimiteExcedidoException extends IOException {
        LimiteExcedidoException(long tope) {
            super("Más de " + tope + " bytes leídos");
        }
    }

    private final long total;
    private final long porTramo;
    private long leidos;
    private long tope;

    /**
     * @param total    bytes the whole body may have
     * @param porTramo bytes each piece may have, counted from where it starts
     */
    public EntradaAcotada(InputStream entrada, long total, long porTramo) {
        super(entrada);
        this.total = total;
        this.porTramo = porTramo;
        nuevoTramo();
    }

    /** The next piece starts here: the read-ahead a parser already holds is not counted against it. */
    public void nuevoTramo() {
        tope = Math.min(total, leidos + porTramo);
    }

    /** Whether what failed was the body's limit rather than the piece's. */
    public boolean excedioElTotal() {
        return leidos > total;
    }

    @Override
    public int read() throws IOException {
        exigirCupo();
        int b = in.read();
        if (b >= 0) {
            leidos++;
        }
        return b;
    }

    @Override
    public int read(byte[] destino, int desde, int largo) throws IOException {
        exigirCupo();
        // one byte past the ceiling is enough to know the body goes on
        int leido = in.read(destino, desde, (int) Math.min(largo, tope + 1 - leidos));
        if (leido > 0) {
            leidos += leido;
        }
        return leido;
    }

    @Override
    public long skip(long n) throws IOException {
        exigirCupo();
        long saltados = in.skip(Math.min(n, tope + 1 - leidos));
        leidos += saltados;
        return saltados;
    }

    private void exigirCupo() throws LimiteExcedidoException {
        if (leidos > tope) {
            throw new LimiteExcedidoException(tope);
        }
    }
}
