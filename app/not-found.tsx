import Link from 'next/link';
import styles from './status-page.module.css';

export default function NotFound() {
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>Page not found</h1>
      <p>There is nothing at this address. The station, meanwhile, is still going round.</p>
      <p>
        <Link href="/" prefetch={false}>
          Back to the live map
        </Link>
      </p>
    </main>
  );
}
