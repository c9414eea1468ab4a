export default function Home() {
  return <main><h1>Orbit Watch</h1></main>;
}
