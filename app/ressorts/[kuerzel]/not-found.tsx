import { RessortValidList } from "@/app/ressorts/_components/ressort-valid-list";

/** An unknown abbreviation: say so, and offer the nine that exist. */
export default function RessortNotFound() {
  return (
    <>
      <h1 className="kern-heading-large">Dieses Ressort gibt es nicht</h1>
      <p className="kern-body">
        Die Adresse nennt kein Ministerium der Landesregierung Sachsen-Anhalt. Diese Ressorts gibt es:
      </p>
      <RessortValidList />
    </>
  );
}
