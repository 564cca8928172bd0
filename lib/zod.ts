/** zod with German default messages; schemas import z from here so every message is German. */
import { z } from "zod";

z.config(z.locales.de());

export { z };
