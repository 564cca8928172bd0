import type { ItemReuse } from "@/lib/view/kommunen-view";
import styles from "./kommunen-page.module.css";

/** Under a listed service: its open call, and which Kommunen reuse it (names only, never contact persons). */
export function ItemReuseFacts({ reuse }: { reuse: ItemReuse }) {
  if (!reuse.call && reuse.kommunen.length === 0 && reuse.interested === 0) return null;
  return (
    <span className={styles.itemReuse} data-testid="item-reuse">
      {reuse.call && <span className={styles.callBadge}>Abfrage: {reuse.call}</span>}
      {reuse.kommunen.length > 0 ? (
        <span>Nachgenutzt von: {reuse.kommunen.join(", ")}</span>
      ) : (
        reuse.interested > 0 && <span>Interesse: {reuse.interested === 1 ? "1 Kommune" : `${reuse.interested} Kommunen`}</span>
      )}
    </span>
  );
}
