<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
  <context>
    <name>ControlPanel</name>
    <message>
      <location filename="../../dlviz/ui/panels/control_panel.py" line="123" />
      <source>Data</source>
      <extracomment>The Config fields the panel edits, in display order; ``values()`` returns these and every registry option (see :meth:`ControlPanel.option_keys`). GUI slider ranges, where they are narrower than Config's. ``set_config`` widens one to show a larger value from the CLI or a file, rather than showing something other than what runs.</extracomment>
      <translation>데이터</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/panels/control_panel.py" line="124" />
      <source>Network</source>
      <translation>신경망</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/panels/control_panel.py" line="125" />
      <source>Training</source>
      <translation>학습</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/panels/control_panel.py" line="126" />
      <source>Regularisation</source>
      <translation>규제</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/panels/control_panel.py" line="146" />
      <source>Show or hide this group of settings.</source>
      <translation>이 설정 묶음을 펼치거나 접습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/panels/control_panel.py" line="188" />
      <source>A change applies from the next step.</source>
      <translation>바꾸면 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/panels/control_panel.py" line="189" />
      <source>A change starts a new run.</source>
      <translation>바꾸면 새 실행을 시작합니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="781" />
      <source>Dataset</source>
      <extracomment>dlviz/ui/panels/control_panel.py:198</extracomment>
      <translation>데이터셋</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="783" />
      <source>Which toy problem the network learns. Hover over an entry in the list to see what makes it easy or hard.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:199</extracomment>
      <translation>신경망이 학습할 예제 문제입니다. 목록의 항목에 마우스를 올리면 무엇이 쉽고 어려운지 볼 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="785" />
      <source>Stop using the CSV file and go back to the generated dataset.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:214</extracomment>
      <translation>CSV 파일 대신 생성된 데이터셋으로 돌아갑니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="787" />
      <source>CSV file</source>
      <extracomment>dlviz/ui/panels/control_panel.py:218</extracomment>
      <translation>CSV 파일</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="789" />
      <source>Samples</source>
      <extracomment>dlviz/ui/panels/control_panel.py:222</extracomment>
      <translation>샘플 수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="791" />
      <source>How many points are generated. More points show the pattern more clearly but make every epoch slower.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:223</extracomment>
      <translation>생성할 점의 개수입니다. 많을수록 패턴이 뚜렷하지만 에포크마다 느려집니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="793" />
      <source>Noise</source>
      <extracomment>dlviz/ui/panels/control_panel.py:224</extracomment>
      <translation>노이즈</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="795" />
      <source>How far points scatter from the clean shape. More noise blurs the boundary and tempts the network to memorise.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:225</extracomment>
      <translation>점이 깨끗한 모양에서 흩어지는 정도입니다. 노이즈가 크면 경계가 흐려지고 신경망이 데이터를 외우기 쉽습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="797" />
      <source>Classes</source>
      <extracomment>dlviz/ui/panels/control_panel.py:227</extracomment>
      <translation>클래스 수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="799" />
      <source>How many classes (colours) the dataset has. More classes make the problem harder.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:228</extracomment>
      <translation>데이터셋의 클래스(색) 개수입니다. 클래스가 많을수록 문제가 어려워집니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="801" />
      <source>Validation</source>
      <extracomment>dlviz/ui/panels/control_panel.py:229</extracomment>
      <translation>검증 비율</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="803" />
      <source>The share of points held back to test the network on data it never trains on. Validation loss rising while training loss falls means overfitting.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:230</extracomment>
      <translation>학습에 쓰지 않고 떼어 두어 신경망을 시험하는 점의 비율입니다. 학습 손실은 줄어드는데 검증 손실이 오르면 과적합입니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="805" />
      <source>Features</source>
      <extracomment>dlviz/ui/panels/control_panel.py:232</extracomment>
      <translation>입력 특성</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="807" />
      <source>What the network gets as input. Extra features such as x₁² or sin(πx₁) let even a tiny network draw a curved boundary.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:233</extracomment>
      <translation>신경망이 입력으로 받는 값입니다. x₁²나 sin(πx₁) 같은 특성을 더하면 아주 작은 신경망도 굽은 경계를 그립니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="809" />
      <source>Seed</source>
      <extracomment>dlviz/ui/panels/control_panel.py:235</extracomment>
      <translation>시드</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="811" />
      <source>The random seed for the data, the validation split and the starting weights. The same seed and settings give the same run.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:236</extracomment>
      <translation>데이터, 검증 분할, 초기 가중치를 정하는 난수 시드입니다. 시드와 설정이 같으면 같은 실행이 나옵니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="813" />
      <source>Regenerate</source>
      <extracomment>dlviz/ui/panels/control_panel.py:244</extracomment>
      <translation>다시 생성</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="815" />
      <source>Draw new random data and new starting weights by picking a new seed.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:245</extracomment>
      <translation>새 시드를 골라 새 데이터와 새 초기 가중치를 만듭니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="817" />
      <source>Load CSV…</source>
      <extracomment>dlviz/ui/panels/control_panel.py:246</extracomment>
      <translation>CSV 불러오기…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="819" />
      <source>Train on your own points: a CSV file with columns x1, x2 and label.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:247</extracomment>
      <translation>내 데이터로 학습합니다: x1, x2, 클래스 이름의 세 열로 된 CSV 파일.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="821" />
      <source>Hidden layers</source>
      <extracomment>dlviz/ui/panels/control_panel.py:258</extracomment>
      <translation>은닉층 수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="823" />
      <source>How many hidden layers the network has. With 0 it can only draw a straight boundary; each layer lets it bend the boundary further.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:259</extracomment>
      <translation>신경망의 은닉층 개수입니다. 0이면 직선 경계만 그릴 수 있고, 층이 늘 때마다 경계를 더 구부릴 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="825" />
      <source>Neurons</source>
      <extracomment>dlviz/ui/panels/control_panel.py:261</extracomment>
      <translation>뉴런 수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="827" />
      <source>How many units each hidden layer has. More units can fit finer detail but train slower and can overfit.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:262</extracomment>
      <translation>은닉층마다 있는 뉴런 수입니다. 많을수록 세밀하게 맞출 수 있지만 학습이 느리고 과적합될 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="829" />
      <source>Activation</source>
      <extracomment>dlviz/ui/panels/control_panel.py:263</extracomment>
      <translation>활성화 함수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="831" />
      <source>The function each hidden unit applies to its weighted sum. It decides which shapes the network can build and how well gradients flow back.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:264</extracomment>
      <translation>각 은닉 뉴런이 가중합에 적용하는 함수입니다. 신경망이 만들 수 있는 모양과 기울기가 얼마나 잘 전달되는지를 정합니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="833" />
      <source>Initialisation</source>
      <extracomment>dlviz/ui/panels/control_panel.py:266</extracomment>
      <translation>가중치 초기화</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="835" />
      <source>How the starting weights are drawn. A bad scale makes signals vanish or explode before learning starts.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:267</extracomment>
      <translation>초기 가중치를 뽑는 방법입니다. 크기가 맞지 않으면 학습 전부터 신호가 사라지거나 폭발합니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="837" />
      <source>Optimizer</source>
      <extracomment>dlviz/ui/panels/control_panel.py:271</extracomment>
      <translation>옵티마이저</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="839" />
      <source>The rule that turns gradients into weight updates. Momentum and Adam usually get there faster than plain SGD.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:272</extracomment>
      <translation>기울기로 가중치를 갱신하는 규칙입니다. 보통 모멘텀과 Adam이 기본 SGD보다 빨리 도달합니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="841" />
      <source>Learning rate</source>
      <extracomment>dlviz/ui/panels/control_panel.py:274</extracomment>
      <translation>학습률</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="843" />
      <source>How big a step each update takes. Too small and learning crawls; too large and the loss jumps around or blows up.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:275</extracomment>
      <translation>한 번 갱신할 때의 보폭입니다. 너무 작으면 학습이 더디고, 너무 크면 손실이 튀거나 발산합니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="845" />
      <source>Schedule</source>
      <extracomment>dlviz/ui/panels/control_panel.py:277</extracomment>
      <translation>학습률 스케줄</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="847" />
      <source>How the learning rate changes during training. Lowering it later lets the network settle into a minimum.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:278</extracomment>
      <translation>학습 중에 학습률이 바뀌는 방식입니다. 나중에 낮추면 신경망이 최솟값에 자리 잡습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="849" />
      <source>Batch size</source>
      <extracomment>dlviz/ui/panels/control_panel.py:279</extracomment>
      <translation>배치 크기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="851" />
      <source>How many training points each update looks at. Small batches take many quick, noisy steps; large batches take fewer, smoother ones.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:280</extracomment>
      <translation>한 번 갱신할 때 보는 학습 점의 수입니다. 작은 배치는 빠르고 잡음 많은 스텝을 많이, 큰 배치는 매끄러운 스텝을 적게 밟습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="853" />
      <source>Epochs</source>
      <extracomment>dlviz/ui/panels/control_panel.py:282</extracomment>
      <translation>에포크</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="855" />
      <source>How many passes over the training data to make. "Until paused" trains until you press Pause.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:283</extracomment>
      <translation>학습 데이터를 몇 번 훑을지 정합니다. '멈출 때까지'는 일시정지를 누를 때까지 학습합니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="857" />
      <source>Engine</source>
      <extracomment>dlviz/ui/panels/control_panel.py:284</extracomment>
      <translation>학습 엔진</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="859" />
      <source>What computes the training steps. The compiled engine gives the same results as NumPy, several times faster; Auto uses it where it is installed. A change applies from the next step.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:285</extracomment>
      <translation>학습 스텝을 계산하는 엔진입니다. 컴파일 엔진은 NumPy와 같은 결과를 몇 배 빠르게 냅니다. '자동'은 설치되어 있으면 컴파일 엔진을 씁니다. 바꾸면 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="861" />
      <source>Dropout</source>
      <extracomment>dlviz/ui/panels/control_panel.py:290</extracomment>
      <translation>드롭아웃</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="863" />
      <source>The share of hidden units switched off at random in each training step. It fights overfitting but makes the training loss noisier.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:291</extracomment>
      <translation>학습 스텝마다 무작위로 끄는 은닉 뉴런의 비율입니다. 과적합을 막지만 학습 손실이 더 출렁입니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="865" />
      <source>Weight decay</source>
      <extracomment>dlviz/ui/panels/control_panel.py:293</extracomment>
      <translation>가중치 감쇠</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="867" />
      <source>An L2 penalty that pulls every weight towards zero, for smoother boundaries and less overfitting. Too much and the network underfits.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:294</extracomment>
      <translation>모든 가중치를 0 쪽으로 당기는 L2 페널티입니다. 경계가 매끄러워지고 과적합이 줄지만, 지나치면 과소적합됩니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="869" />
      <source>L1 penalty</source>
      <extracomment>dlviz/ui/panels/control_panel.py:296</extracomment>
      <translation>L1 페널티</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="871" />
      <source>An L1 penalty that pushes small weights to exactly zero, leaving a sparser network. Too much and the network underfits.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:297</extracomment>
      <translation>작은 가중치를 정확히 0으로 만드는 L1 페널티로, 더 희소한 신경망이 됩니다. 지나치면 과소적합됩니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="873" />
      <source>Not used while a CSV file is loaded.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:439</extracomment>
      <translation>CSV 파일을 쓰는 동안에는 쓰이지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="875" />
      <source>The {name} dataset always has 2 classes.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:441</extracomment>
      <translation>{name} 데이터셋은 항상 클래스가 2개입니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="877" />
      <source>There are no hidden layers: set Hidden layers to 1 or more.</source>
      <extracomment>dlviz/ui/panels/control_panel.py:443</extracomment>
      <translation>은닉층이 없습니다: 은닉층 수를 1 이상으로 하세요.</translation>
    </message>
  </context>
  <context>
    <name>EpochsBox</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="881" />
      <source>until paused</source>
      <extracomment>dlviz/ui/panels/widgets.py:494</extracomment>
      <translation>멈출 때까지</translation>
    </message>
  </context>
  <context>
    <name>GraphicsScene</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1163" />
      <source>Export...</source>
      <extracomment>pyqtgraph/GraphicsScene/GraphicsScene.py:102</extracomment>
      <translation>내보내기...</translation>
    </message>
  </context>
  <context>
    <name>HealthView</name>
    <message>
      <location filename="../../dlviz/ui/views/health.py" line="97" />
      <source>The hidden layer whose pre-activations the lower plot shows</source>
      <translation>아래 그래프에 활성화 전 값을 보여 줄 은닉층</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/views/health.py" line="99" />
      <source>Pre-activations of:</source>
      <translation>활성화 전 값:</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/views/health.py" line="206" />
      <source>Layer {n}</source>
      <translation>{n}층</translation>
    </message>
  </context>
  <context>
    <name>LogSlider</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="879" />
      <source>off</source>
      <extracomment>dlviz/ui/panels/widgets.py:261</extracomment>
      <translation>끔</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="44" />
      <source>dlviz — watch a neural network learn</source>
      <translation>dlviz — 신경망이 배우는 모습 보기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="55" />
      <source>One thinned network (a dropout mask)</source>
      <translation>솎아 낸 신경망 하나 (드롭아웃 마스크)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="62" />
      <source>Show validation points</source>
      <translation>검증 점 보이기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="63" />
      <source>Points held out from training, drawn as hollow triangles.</source>
      <translation>학습에서 뺀 점으로, 속이 빈 삼각형으로 그립니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="64" />
      <source>Compare with a thinned network</source>
      <translation>솎아 낸 신경망과 비교</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="65" />
      <source>With dropout, training sees a different thinned network at every step. Shows the one this mini-batch's first sample saw (its dropout mask) below the full network used for evaluation.</source>
      <translation>드롭아웃을 쓰면 학습은 스텝마다 다른 솎아 낸 신경망을 봅니다. 이 미니배치의 첫 샘플이 본 신경망(드롭아웃 마스크)을 평가에 쓰는 전체 신경망 아래에 보여 줍니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="114" />
      <source>Cannot load CSV</source>
      <translation>CSV를 불러올 수 없음</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="121" />
      <source>Saved settings were unreadable and have been reset.</source>
      <translation>저장된 설정을 읽을 수 없어 초기화했습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="186" />
      <source>Pause</source>
      <translation>일시정지</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="186" />
      <source>Play</source>
      <translation>재생</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="209" />
      <source>Training stopped</source>
      <translation>학습 중단됨</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="210" />
      <source>The training process is not responding.</source>
      <translation>학습 프로세스가 응답하지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="213" />
      <source>Restart training</source>
      <translation>학습 다시 시작</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="245" />
      <source>Full network (evaluation)</source>
      <translation>전체 신경망 (평가)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="245" />
      <source>Decision regions</source>
      <translation>결정 경계</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="251" />
      <source>Load a CSV dataset</source>
      <translation>CSV 데이터셋 불러오기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="252" />
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="259" />
      <source>Loading {name}… (Esc cancels)</source>
      <translation>{name} 불러오는 중… (Esc로 취소)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="283" />
      <source>Export plots into folder</source>
      <translation>그래프를 내보낼 폴더</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="285" />
      <source>Export scale</source>
      <translation>내보내기 배율</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="285" />
      <source>Image scale (2× suits slides):</source>
      <translation>이미지 배율 (발표 자료에는 2×):</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="292" />
      <source>Export failed</source>
      <translation>내보내기 실패</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/main_window.py" line="294" />
      <source>Wrote {n} PNG files to {folder}</source>
      <translation>PNG 파일 {n}개를 {folder}에 저장했습니다</translation>
    </message>
  </context>
  <context>
    <name>RunController</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="255" />
      <source>ready</source>
      <extracomment>dlviz/ui/controller.py:41</extracomment>
      <translation>준비</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="257" />
      <source>training</source>
      <extracomment>dlviz/ui/controller.py:41</extracomment>
      <translation>학습 중</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="259" />
      <source>paused</source>
      <extracomment>dlviz/ui/controller.py:41</extracomment>
      <translation>일시정지됨</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="261" />
      <source>finished</source>
      <extracomment>dlviz/ui/controller.py:42</extracomment>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="263" />
      <source>diverged</source>
      <extracomment>dlviz/ui/controller.py:42</extracomment>
      <translation>발산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="265" />
      <source>error</source>
      <extracomment>dlviz/ui/controller.py:43</extracomment>
      <translation>오류</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="267" />
      <source>diverged at step {n}</source>
      <extracomment>dlviz/ui/controller.py:50</extracomment>
      <translation>{n} 스텝에서 발산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="269" />
      <source>error: {msg}</source>
      <extracomment>dlviz/ui/controller.py:52</extracomment>
      <translation>오류: {msg}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="271" />
      <source>epoch 0</source>
      <extracomment>dlviz/ui/controller.py:56</extracomment>
      <translation>에포크 0</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="273" />
      <source>step 0</source>
      <extracomment>dlviz/ui/controller.py:56</extracomment>
      <translation>스텝 0</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="275" />
      <source>epoch {n}</source>
      <extracomment>dlviz/ui/controller.py:57</extracomment>
      <translation>에포크 {n}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="277" />
      <source>step {n}</source>
      <extracomment>dlviz/ui/controller.py:57</extracomment>
      <translation>스텝 {n}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="279" />
      <source>{r} steps/s</source>
      <extracomment>dlviz/ui/controller.py:59</extracomment>
      <translation>초당 {r} 스텝</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="281" />
      <source>train loss {v}</source>
      <extracomment>dlviz/ui/controller.py:61</extracomment>
      <translation>학습 손실 {v}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="283" />
      <source>accuracy {v}%</source>
      <extracomment>dlviz/ui/controller.py:62</extracomment>
      <translation>정확도 {v}%</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="285" />
      <source>val loss {v}</source>
      <extracomment>dlviz/ui/controller.py:64</extracomment>
      <translation>검증 손실 {v}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="287" />
      <source>lr {v}</source>
      <extracomment>dlviz/ui/controller.py:65</extracomment>
      <translation>학습률 {v}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="289" />
      <source>{label} · epoch {n}</source>
      <extracomment>dlviz/ui/controller.py:250</extracomment>
      <translation>{label} · 에포크 {n}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="291" />
      <source>{act}, {opt}, lr {lr} · epoch {n}</source>
      <extracomment>dlviz/ui/controller.py:252</extracomment>
      <translation>{act}, {opt}, 학습률 {lr} · 에포크 {n}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="293" />
      <source>Nothing to pin yet: the run has no frame.</source>
      <extracomment>dlviz/ui/controller.py:259</extracomment>
      <translation>아직 고정할 것이 없습니다: 실행에 프레임이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="295" />
      <source>At most {n} pinned runs: remove one first.</source>
      <extracomment>dlviz/ui/controller.py:262</extracomment>
      <translation>고정한 실행은 최대 {n}개입니다: 먼저 하나를 지우세요.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="297" />
      <source>The pinned run has the current settings: press Reset to train it again.</source>
      <extracomment>dlviz/ui/controller.py:300</extracomment>
      <translation>고정한 실행의 설정이 지금과 같습니다: 다시 학습하려면 초기화를 누르세요.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="299" />
      <source>The pinned run differs in {keys}: a comparison varies one or two settings.</source>
      <extracomment>dlviz/ui/controller.py:303</extracomment>
      <translation>고정한 실행은 {keys}이(가) 다릅니다: 비교는 설정 한두 개만 바꿉니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="301" />
      <source>Nothing to save: no run is training.</source>
      <extracomment>dlviz/ui/controller.py:319</extracomment>
      <translation>저장할 것이 없습니다: 학습 중인 실행이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="303" />
      <source>{path}: window.json does not fit its runs ({e})</source>
      <extracomment>dlviz/ui/controller.py:346</extracomment>
      <translation>{path}: window.json이 실행과 맞지 않습니다 ({e})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="305" />
      <source>This run has ended: press Reset or change a setting.</source>
      <extracomment>dlviz/ui/controller.py:382</extracomment>
      <translation>이 실행은 끝났습니다: 초기화를 누르거나 설정을 바꾸세요.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="307" />
      <source>The watch speed must be a number of epochs per second above 0, got {value}</source>
      <extracomment>dlviz/ui/controller.py:420</extracomment>
      <translation>보기 속도는 초당 에포크 수로 0보다 커야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="309" />
      <source>no landscape was computed</source>
      <extracomment>dlviz/ui/controller.py:439</extracomment>
      <translation>손실 지형이 계산되지 않았습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="311" />
      <source> — press Play to start a new one</source>
      <extracomment>dlviz/ui/controller.py:559</extracomment>
      <translation> — 재생을 누르면 새로 시작합니다</translation>
    </message>
  </context>
  <context>
    <name>TrainingWorker</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1143" />
      <source>it closed its pipe</source>
      <extracomment>dlviz/ui/worker.py:237</extracomment>
      <translation>파이프가 닫혔습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1145" />
      <source>killed by signal {0} ({1})</source>
      <extracomment>dlviz/ui/worker.py:243</extracomment>
      <translation>신호 {0}({1})로 종료됨</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1147" />
      <source>exit code {0}</source>
      <extracomment>dlviz/ui/worker.py:244</extracomment>
      <translation>종료 코드 {0}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1149" />
      <source>the training worker failed: {0}</source>
      <extracomment>dlviz/ui/worker.py:349</extracomment>
      <translation>학습 작업자 오류: {0}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1151" />
      <source>the training process did not start: it sent nothing in {0:.0f} s</source>
      <extracomment>dlviz/ui/worker.py:386</extracomment>
      <translation>학습 프로세스가 시작되지 않았습니다: {0:.0f}초 동안 응답이 없습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1153" />
      <source>training process not responding (silent for {0:.0f} s)</source>
      <extracomment>dlviz/ui/worker.py:390</extracomment>
      <translation>학습 프로세스 응답 없음 ({0:.0f}초째 조용함)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1155" />
      <source>it is gone</source>
      <extracomment>dlviz/ui/worker.py:393</extracomment>
      <translation>프로세스가 사라졌습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1157" />
      <source>the training process stopped unexpectedly ({0})</source>
      <extracomment>dlviz/ui/worker.py:394</extracomment>
      <translation>학습 프로세스가 갑자기 멈췄습니다 ({0})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1159" />
      <source>the training process was restarted</source>
      <extracomment>dlviz/ui/worker.py:407</extracomment>
      <translation>학습 프로세스를 다시 시작했습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1161" />
      <source>could not start the training process: {0}</source>
      <extracomment>dlviz/ui/worker.py:421</extracomment>
      <translation>학습 프로세스를 시작할 수 없습니다: {0}</translation>
    </message>
  </context>
  <context>
    <name>ViewBox</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1165" />
      <source>ViewBox options</source>
      <extracomment>pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py:17</extracomment>
      <translation>보기 옵션</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1167" />
      <source>View All</source>
      <extracomment>pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py:18</extracomment>
      <translation>전체 보기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1169" />
      <source>axis</source>
      <extracomment>pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py:26</extracomment>
      <translation>축</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1171" />
      <source>Mouse Mode</source>
      <extracomment>pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py:55</extracomment>
      <translation>마우스 모드</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1173" />
      <source>3 button</source>
      <extracomment>pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py:59</extracomment>
      <translation>버튼 3개</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1175" />
      <source>1 button</source>
      <extracomment>pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py:60</extracomment>
      <translation>버튼 1개</translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="221" />
      <source>Compare runs</source>
      <extracomment>dlviz/ui/compare.py:80</extracomment>
      <translation>실행 비교</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="219" />
      <source>(none)</source>
      <extracomment>dlviz/ui/compare.py:63</extracomment>
      <translation>(없음)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="223" />
      <source>2 to 4 values, separated by commas</source>
      <extracomment>dlviz/ui/compare.py:83</extracomment>
      <translation>값 2~4개, 쉼표로 구분</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="225" />
      <source>Vary</source>
      <extracomment>dlviz/ui/compare.py:86</extracomment>
      <translation>바꿀 설정</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="227" />
      <source>and</source>
      <extracomment>dlviz/ui/compare.py:86</extracomment>
      <translation>그리고</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="229" />
      <source>Values</source>
      <extracomment>dlviz/ui/compare.py:87</extracomment>
      <translation>값</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="231" />
      <source>Every other setting, the seed included, is the same in every run.</source>
      <extracomment>dlviz/ui/compare.py:90</extracomment>
      <translation>시드를 포함한 나머지 설정은 모든 실행에서 같습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="233" />
      <source>Choices: {c}</source>
      <extracomment>dlviz/ui/compare.py:100</extracomment>
      <translation>선택지: {c}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="235" />
      <source>diverged at step {n}</source>
      <extracomment>dlviz/ui/compare.py:194</extracomment>
      <translation>{n} 스텝에서 발산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="237" />
      <source>{v}% val</source>
      <extracomment>dlviz/ui/compare.py:196</extracomment>
      <translation>검증 {v}%</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="239" />
      <source>epoch {n}</source>
      <extracomment>dlviz/ui/compare.py:198</extracomment>
      <translation>에포크 {n}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="241" />
      <source>Curves</source>
      <extracomment>dlviz/ui/compare.py:276</extracomment>
      <translation>곡선</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="243" />
      <source>Summary</source>
      <extracomment>dlviz/ui/compare.py:277</extracomment>
      <translation>요약</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="245" />
      <source>Comparison</source>
      <extracomment>dlviz/ui/compare.py:284</extracomment>
      <translation>비교</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="247" />
      <source>Compare…</source>
      <extracomment>dlviz/ui/compare.py:298</extracomment>
      <translation>비교…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="249" />
      <source>Train 2 to 4 runs that differ in one setting, side by side</source>
      <extracomment>dlviz/ui/compare.py:300</extracomment>
      <translation>설정 하나만 다른 실행 2~4개를 나란히 학습합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="251" />
      <source>Stop comparing</source>
      <extracomment>dlviz/ui/compare.py:301</extracomment>
      <translation>비교 끝내기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="253" />
      <source>Compared: {values}. Change them in Train ▸ Compare…</source>
      <extracomment>dlviz/ui/compare.py:327</extracomment>
      <translation>비교 중: {values}. 학습 ▸ 비교…에서 바꾸세요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/compare.py" line="224" />
      <source>run</source>
      <translation>실행</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/compare.py" line="224" />
      <source>train loss</source>
      <translation>학습 손실</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/compare.py" line="225" />
      <source>train acc %</source>
      <translation>학습 정확도 %</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/compare.py" line="225" />
      <source>val loss</source>
      <translation>검증 손실</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/compare.py" line="226" />
      <source>val acc %</source>
      <translation>검증 정확도 %</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/compare.py" line="226" />
      <source>best val epoch</source>
      <translation>최고 검증 에포크</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/compare.py" line="227" />
      <source>epochs</source>
      <translation>에포크</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/compare.py" line="227" />
      <source>seconds</source>
      <translation>초</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/compare.py" line="228" />
      <source>steps/s</source>
      <translation>스텝/초</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/compare.py" line="228" />
      <source>diverged at</source>
      <translation>발산 시점</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="31" />
      <source>{name} must be a number, got {value!r}</source>
      <extracomment>dlviz/common/numbers.py:29</extracomment>
      <translation>{name} 값은 숫자여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="33" />
      <source>{name} must be finite, got {value!r}</source>
      <extracomment>dlviz/common/numbers.py:35</extracomment>
      <translation>{name} 값은 유한한 수여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="35" />
      <source>{name} must be an integer, got {value!r}</source>
      <extracomment>dlviz/common/registry.py:44</extracomment>
      <translation>{name} 값은 정수여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="37" />
      <source>{name} must be {lo:g} to {hi:g}, got {value!r}</source>
      <extracomment>dlviz/common/registry.py:47</extracomment>
      <translation>{name} 값은 {lo:g}~{hi:g} 사이여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="39" />
      <source>unknown config key(s): {keys}</source>
      <extracomment>dlviz/config.py:76</extracomment>
      <translation>알 수 없는 설정 키: {keys}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="41" />
      <source>{name} must be {lo} to {hi}, got {value}</source>
      <extracomment>dlviz/config.py:80</extracomment>
      <translation>{name} 값은 {lo}~{hi} 사이여야 합니다. 입력: {value}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="43" />
      <source>features: {problem}</source>
      <extracomment>dlviz/config.py:146</extracomment>
      <translation>입력 특성(features): {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="47" />
      <source>hidden must be comma-separated layer widths such as 32,32; got {value!r}</source>
      <extracomment>dlviz/config.py:265</extracomment>
      <translation>hidden은 32,32처럼 쉼표로 구분한 층 너비여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="49" />
      <source>hidden must be a list of layer widths, got {value!r}</source>
      <extracomment>dlviz/config.py:273</extracomment>
      <translation>hidden은 층 너비의 목록이어야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="51" />
      <source>{name} must be a name, got {value!r}</source>
      <extracomment>dlviz/config.py:295</extracomment>
      <translation>{name} 값은 이름(문자열)이어야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="53" />
      <source>unknown {name} {value!r}; choose from {choices}</source>
      <extracomment>dlviz/config.py:307</extracomment>
      <translation>알 수 없는 {name} 값 {value!r}: {choices} 중에서 고르세요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="55" />
      <source>{name} must be a finite number, got {value!r}</source>
      <extracomment>dlviz/config.py:319</extracomment>
      <translation>{name} 값은 유한한 수여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="57" />
      <source>bad features {features!r}</source>
      <extracomment>dlviz/config.py:330</extracomment>
      <translation>잘못된 입력 특성 {features!r}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="59" />
      <source>at most {n} hidden layers, got {count}</source>
      <extracomment>dlviz/config.py:332</extracomment>
      <translation>은닉층은 최대 {n}개입니다. 입력: {count}개</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="61" />
      <source>hidden layer widths must be 1 to {hi}, got {hidden}</source>
      <extracomment>dlviz/config.py:334</extracomment>
      <translation>은닉층 너비는 1~{hi} 사이여야 합니다. 입력: {hidden}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="63" />
      <source>epochs must be 0 (until paused) to {hi}, got {value}</source>
      <extracomment>dlviz/config.py:339</extracomment>
      <translation>epochs 값은 0(일시 정지할 때까지)~{hi} 사이여야 합니다. 입력: {value}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="65" />
      <source>{file}, line {line}: {problem}</source>
      <extracomment>dlviz/data/csv_loader.py:57</extracomment>
      <translation>{file}, {line}번째 줄: {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="67" />
      <source>line {line}: {problem}</source>
      <extracomment>dlviz/data/csv_loader.py:59</extracomment>
      <translation>{line}번째 줄: {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="13" />
      <source>{file}: {problem}</source>
      <extracomment>dlviz/common/files.py:93</extracomment>
      <translation>{file}: {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="17" />
      <source>is a folder, not a file</source>
      <extracomment>dlviz/common/files.py:108</extracomment>
      <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="21" />
      <source>is not a regular file (a pipe or a device?)</source>
      <extracomment>dlviz/common/files.py:116</extracomment>
      <translation>일반 파일이 아닙니다 (파이프나 장치 파일인가요?)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="23" />
      <source>is too big ({size} bytes; at most {limit})</source>
      <extracomment>dlviz/common/files.py:118</extracomment>
      <translation>너무 큽니다 ({size}바이트, 최대 {limit}바이트)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="25" />
      <source>is too big (more than {limit} bytes)</source>
      <extracomment>dlviz/common/files.py:137</extracomment>
      <translation>너무 큽니다 ({limit}바이트 초과)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="27" />
      <source>not valid JSON ({problem})</source>
      <extracomment>dlviz/common/files.py:167</extracomment>
      <translation>올바른 JSON이 아닙니다 ({problem})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="29" />
      <source>its JSON nests deeper than {n} levels</source>
      <extracomment>dlviz/common/files.py:170</extracomment>
      <translation>JSON이 {n}단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="45" />
      <source>a config must be a JSON object of settings, got {kind}</source>
      <extracomment>dlviz/config.py:210</extracomment>
      <translation>설정은 JSON 객체여야 합니다. 입력: {kind}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="69" />
      <source>the header names column {column!r} more than once</source>
      <extracomment>dlviz/data/csv_loader.py:134</extracomment>
      <translation>머리글에 {column!r} 열이 두 번 이상 있습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="71" />
      <source>{column} {text} is not a number</source>
      <extracomment>dlviz/data/csv_loader.py:150</extracomment>
      <translation>{column} 값 {text}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="73" />
      <source>{column} has a value that is not a number</source>
      <extracomment>dlviz/data/csv_loader.py:152</extracomment>
      <translation>{column} 열에 숫자가 아닌 값이 있습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="75" />
      <source>found {n} fields, expected 3 (x1, x2, label); name the columns x1, x2 and label in a header to use other columns</source>
      <extracomment>dlviz/data/csv_loader.py:156</extracomment>
      <translation>필드가 {n}개입니다. 3개(x1, x2, label)여야 합니다. 다른 열을 쓰려면 머리글에 x1, x2, label 열 이름을 적으세요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="77" />
      <source>{n} field</source>
      <extracomment>dlviz/data/csv_loader.py:161</extracomment>
      <translation>필드 {n}개</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="79" />
      <source>{n} fields</source>
      <extracomment>dlviz/data/csv_loader.py:161</extracomment>
      <translation>필드 {n}개</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="81" />
      <source>the line is longer than {n} characters: not rows of x1, x2, label</source>
      <extracomment>dlviz/data/csv_loader.py:173</extracomment>
      <translation>줄이 {n}자보다 깁니다: x1, x2, label 행이 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="83" />
      <source>the file is empty</source>
      <extracomment>dlviz/data/csv_loader.py:211</extracomment>
      <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="85" />
      <source>the file has no data rows</source>
      <extracomment>dlviz/data/csv_loader.py:211</extracomment>
      <translation>파일에 데이터 행이 없습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="87" />
      <source>found {fields}, expected 3 (x1, x2, label)</source>
      <extracomment>dlviz/data/csv_loader.py:217</extracomment>
      <translation>{fields}가 있습니다. 3개(x1, x2, label)여야 합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="89" />
      <source>found {fields}, expected {width} like the first row</source>
      <extracomment>dlviz/data/csv_loader.py:231</extracomment>
      <translation>{fields}가 있습니다. 첫 행처럼 {width}개여야 합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="91" />
      <source>the label is empty</source>
      <extracomment>dlviz/data/csv_loader.py:240</extracomment>
      <translation>클래스 이름(label)이 비어 있습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="93" />
      <source>more than {n} data rows; the limit is {n}</source>
      <extracomment>dlviz/data/csv_loader.py:243</extracomment>
      <translation>데이터 행이 {n}개를 넘습니다. 최대 {n}개까지 읽습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="95" />
      <source>malformed CSV: {problem}</source>
      <extracomment>dlviz/data/csv_loader.py:252</extracomment>
      <translation>CSV 형식이 잘못되었습니다: {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="97" />
      <source>the file has a header but no data rows</source>
      <extracomment>dlviz/data/csv_loader.py:255</extracomment>
      <translation>파일에 머리글만 있고 데이터 행이 없습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="99" />
      <source>label {label} makes more than {max} classes ({n} in all); at most {max} are supported</source>
      <extracomment>dlviz/data/csv_loader.py:281</extracomment>
      <translation>클래스 이름 {label} 때문에 클래스가 {max}개를 넘습니다(모두 {n}개). 최대 {max}개까지 쓸 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="101" />
      <source>needs at least 2 classes, found 1: {label}</source>
      <extracomment>dlviz/data/csv_loader.py:287</extracomment>
      <translation>클래스가 2개 이상 필요한데 1개뿐입니다: {label}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="103" />
      <source>file not found: {path}</source>
      <extracomment>dlviz/data/csv_loader.py:338</extracomment>
      <translation>파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="105" />
      <source>{path} is a directory, not a CSV file</source>
      <extracomment>dlviz/data/csv_loader.py:340</extracomment>
      <translation>{path}은(는) 폴더입니다. CSV 파일이 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="107" />
      <source>{path} is not a regular file (a pipe or a device?), not a CSV file</source>
      <extracomment>dlviz/data/csv_loader.py:342</extracomment>
      <translation>{path}은(는) 일반 파일이 아닙니다(파이프나 장치?). CSV 파일이 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="109" />
      <source>cannot access {path}: {problem}</source>
      <extracomment>dlviz/data/csv_loader.py:344</extracomment>
      <translation>{path}에 접근할 수 없습니다: {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="111" />
      <source>the file is not valid UTF-8; save it as UTF-8</source>
      <extracomment>dlviz/data/csv_loader.py:355</extracomment>
      <translation>파일이 올바른 UTF-8이 아닙니다. UTF-8로 저장하세요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="113" />
      <source>not valid UTF-8 (byte 0x{byte:02x} is byte {column} of the line); save the file as UTF-8</source>
      <extracomment>dlviz/data/csv_loader.py:358</extracomment>
      <translation>올바른 UTF-8이 아닙니다(줄의 {column}번째 바이트 0x{byte:02x}). 파일을 UTF-8로 저장하세요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="115" />
      <source>cannot read the file: {problem}</source>
      <extracomment>dlviz/data/csv_loader.py:364</extracomment>
      <translation>파일을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="117" />
      <source>x{j} {text} is not a finite number</source>
      <extracomment>dlviz/data/csv_loader.py:373</extracomment>
      <translation>x{j} 값 {text}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="119" />
      <source>x{j} {text} is too large; values must lie within ±{limit}</source>
      <extracomment>dlviz/data/csv_loader.py:379</extracomment>
      <translation>x{j} 값 {text}이(가) 너무 큽니다. 값은 ±{limit} 안에 있어야 합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="121" />
      <source>the compiled engine has no {what}: training with NumPy</source>
      <extracomment>dlviz/engine/engines.py:61</extracomment>
      <translation>컴파일 엔진이 {what}을(를) 지원하지 않아 NumPy로 학습합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="123" />
      <source>the fast engine is not compiled yet (dlviz warmup prepares it): training with NumPy</source>
      <extracomment>dlviz/engine/engines.py:71</extracomment>
      <translation>빠른 엔진이 아직 컴파일되지 않아 NumPy로 학습합니다 (dlviz warmup으로 준비할 수 있습니다)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="125" />
      <source>numba is not available ({why}): training with NumPy</source>
      <extracomment>dlviz/engine/engines.py:78</extracomment>
      <translation>numba를 쓸 수 없어 NumPy로 학습합니다 ({why})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="129" />
      <source>{where}: unknown key {key!r}</source>
      <extracomment>dlviz/training/compare.py:45</extracomment>
      <translation>{where}: 알 수 없는 키 {key!r}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="193" />
      <source>run {i} of the manifest has a label that is not a short text</source>
      <extracomment>dlviz/training/experiment.py:450</extracomment>
      <translation>목록 파일의 실행 {i}의 이름이 짧은 텍스트가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="197" />
      <source>The fast engine could not be prepared: training with NumPy</source>
      <extracomment>dlviz/training/session.py:186</extracomment>
      <translation>빠른 엔진을 준비하지 못해 NumPy로 학습합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="199" />
      <source>Preparing the fast engine… (training with NumPy meanwhile)</source>
      <extracomment>dlviz/training/session.py:191</extracomment>
      <translation>빠른 엔진을 준비하는 중… (그동안 NumPy로 학습합니다)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="201" />
      <source>Preparing the fast engine… {done}/{total} (training with NumPy meanwhile)</source>
      <extracomment>dlviz/training/session.py:213</extracomment>
      <translation>빠른 엔진을 준비하는 중… {done}/{total} (그동안 NumPy로 학습합니다)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="203" />
      <source>The fast engine is ready</source>
      <extracomment>dlviz/training/session.py:221</extracomment>
      <translation>빠른 엔진이 준비되었습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="207" />
      <source>it closed its pipe</source>
      <extracomment>dlviz/training/sweep.py:339</extracomment>
      <translation>파이프가 닫혔습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="209" />
      <source>killed by signal {n} ({name})</source>
      <extracomment>dlviz/training/sweep.py:345</extracomment>
      <translation>신호 {n}({name})로 종료됨</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="211" />
      <source>exit code {n}</source>
      <extracomment>dlviz/training/sweep.py:346</extracomment>
      <translation>종료 코드 {n}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="213" />
      <source>a worker process (pid {pid}) ended during the cell {cell}: {how}</source>
      <extracomment>dlviz/training/sweep.py:419</extracomment>
      <translation>작업 프로세스(pid {pid})가 {cell} 칸을 학습하다 끝났습니다: {how}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="215" />
      <source>the cell {cell} failed: {why}</source>
      <extracomment>dlviz/training/sweep.py:434</extracomment>
      <translation>{cell} 칸 실패: {why}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="217" />
      <source>a worker process (pid {pid}) has not answered for {s} s: stopped or hung</source>
      <extracomment>dlviz/training/sweep.py:461</extracomment>
      <translation>작업 프로세스(pid {pid})가 {s}초째 응답하지 않습니다: 멈췄거나 정지되었습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="127" />
      <source>{where}: {key} holds a list; compare hidden_layers or neurons instead</source>
      <extracomment>dlviz/training/compare.py:36</extracomment>
      <translation>{where}: {key}은(는) 목록입니다. 대신 hidden_layers나 neurons를 비교하세요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="131" />
      <source>{where}: an empty value</source>
      <extracomment>dlviz/training/compare.py:49</extracomment>
      <translation>{where}: 빈 값이 있습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="133" />
      <source>{where}: give {lo} to {hi} values, got {n}</source>
      <extracomment>dlviz/training/compare.py:51</extracomment>
      <translation>{where}: 값을 {lo}~{hi}개 주세요. 입력: {n}개</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="135" />
      <source>{where}: a value is given twice</source>
      <extracomment>dlviz/training/compare.py:54</extracomment>
      <translation>{where}: 같은 값이 두 번 있습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="137" />
      <source>{flag} {label}: {problem}</source>
      <extracomment>dlviz/training/compare.py:84</extracomment>
      <translation>{flag} {label}: {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="139" />
      <source>holds {n} members, more than a dlviz file has</source>
      <extracomment>dlviz/training/experiment.py:147</extracomment>
      <translation>항목이 {n}개로, dlviz 파일에 있을 수 있는 것보다 많습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="141" />
      <source>member {name!r} points outside the archive</source>
      <extracomment>dlviz/training/experiment.py:151</extracomment>
      <translation>항목 {name!r}이(가) 압축 파일 밖을 가리킵니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="143" />
      <source>member {name!r} declares {size} bytes, more than a dlviz file holds</source>
      <extracomment>dlviz/training/experiment.py:153</extracomment>
      <translation>항목 {name!r}의 크기가 {size}바이트로, dlviz 파일이 담을 수 있는 것보다 큽니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="147" />
      <source>{name} is missing</source>
      <extracomment>dlviz/training/experiment.py:169</extracomment>
      <translation>{name}이(가) 없습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="149" />
      <source>{name}: {problem}</source>
      <extracomment>dlviz/training/experiment.py:191</extracomment>
      <translation>{name}: {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="145" />
      <source>{name} is damaged ({problem})</source>
      <extracomment>dlviz/training/experiment.py:159</extracomment>
      <translation>{name}이(가) 손상되었습니다 ({problem})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="151" />
      <source>{name}: array {key} holds Python objects (a pickle), which dlviz never reads</source>
      <extracomment>dlviz/training/experiment.py:242</extracomment>
      <translation>{name}: 배열 {key}에 파이썬 객체(pickle)가 들어 있습니다. dlviz는 이를 읽지 않습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="153" />
      <source>{name}: array {key} has the type {dtype}, not one dlviz saves</source>
      <extracomment>dlviz/training/experiment.py:245</extracomment>
      <translation>{name}: 배열 {key}의 자료형 {dtype}은(는) dlviz가 저장하는 자료형이 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="155" />
      <source>{name}: array {key} has shape {shape} ({dtype}), not what dlviz saves there</source>
      <extracomment>dlviz/training/experiment.py:251</extracomment>
      <translation>{name}: 배열 {key}의 모양 {shape} ({dtype})이(가) dlviz가 저장하는 모양과 다릅니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="157" />
      <source>{name}: array {key} claims {size} bytes but holds {held}</source>
      <extracomment>dlviz/training/experiment.py:255</extracomment>
      <translation>{name}: 배열 {key}은(는) {size}바이트라고 적혀 있지만 실제로는 {held}바이트입니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="159" />
      <source>not a dlviz experiment (its manifest names another format)</source>
      <extracomment>dlviz/training/experiment.py:285</extracomment>
      <translation>dlviz 실험 파일이 아닙니다 (목록 파일이 다른 형식을 가리킵니다)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="161" />
      <source>the manifest's version {version!r} is not a version</source>
      <extracomment>dlviz/training/experiment.py:288</extracomment>
      <translation>목록 파일의 버전 {version!r}은(는) 올바른 버전이 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="163" />
      <source>written by a newer dlviz (format version {version}; this one reads up to {known})</source>
      <extracomment>dlviz/training/experiment.py:290</extracomment>
      <translation>더 새로운 dlviz로 저장한 파일입니다 (형식 버전 {version}, 이 버전은 {known}까지 읽습니다)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="165" />
      <source>the manifest lists no runs</source>
      <extracomment>dlviz/training/experiment.py:294</extracomment>
      <translation>목록 파일에 실행이 없습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="167" />
      <source>the manifest's pinned runs are not a list of at most {n} folders</source>
      <extracomment>dlviz/training/experiment.py:299</extracomment>
      <translation>목록 파일의 고정한 실행이 폴더 {n}개 이하의 목록이 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="169" />
      <source>pinned run {folder}: {problem}</source>
      <extracomment>dlviz/training/experiment.py:309</extracomment>
      <translation>고정한 실행 {folder}: {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="15" />
      <source>no such file</source>
      <extracomment>dlviz/common/files.py:106</extracomment>
      <translation>파일이 없습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="173" />
      <source>not a dlviz file, or cut short ({problem})</source>
      <extracomment>dlviz/training/experiment.py:320</extracomment>
      <translation>dlviz 파일이 아니거나 중간에 잘렸습니다 ({problem})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="19" />
      <source>cannot be read ({problem})</source>
      <extracomment>dlviz/common/files.py:110</extracomment>
      <translation>읽을 수 없습니다 ({problem})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="171" />
      <source>window.json: {problem}</source>
      <extracomment>dlviz/training/experiment.py:313</extracomment>
      <translation>window.json: {problem}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="175" />
      <source>not an object</source>
      <extracomment>dlviz/training/experiment.py:348</extracomment>
      <translation>객체가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="177" />
      <source>compare must map settings to lists of values</source>
      <extracomment>dlviz/training/experiment.py:354</extracomment>
      <translation>compare는 설정마다 값 목록을 지정해야 합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="179" />
      <source>{key} is not an object</source>
      <extracomment>dlviz/training/experiment.py:356</extracomment>
      <translation>{key}이(가) 객체가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="181" />
      <source>focus {value} is not the number of one of its {n} runs</source>
      <extracomment>dlviz/training/experiment.py:359</extracomment>
      <translation>focus {value}은(는) 실행 {n}개 중 하나의 번호가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="183" />
      <source>{key} is not a name</source>
      <extracomment>dlviz/training/experiment.py:362</extracomment>
      <translation>{key}이(가) 이름이 아닙니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="185" />
      <source>{key} must be an integer 0 to {hi}, got {value}</source>
      <extracomment>dlviz/training/experiment.py:378</extracomment>
      <translation>{key}은(는) 0~{hi}의 정수여야 합니다. 입력: {value}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="187" />
      <source>{key} must be true or false, got {value}</source>
      <extracomment>dlviz/training/experiment.py:381</extracomment>
      <translation>{key}은(는) true나 false여야 합니다. 입력: {value}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="189" />
      <source>{key} must be a number, got {value}</source>
      <extracomment>dlviz/training/experiment.py:390</extracomment>
      <translation>{key}은(는) 숫자여야 합니다. 입력: {value}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="191" />
      <source>run {i} of the manifest has no folder</source>
      <extracomment>dlviz/training/experiment.py:447</extracomment>
      <translation>목록 파일의 실행 {i}에 폴더가 없습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="195" />
      <source>{folder}: the saved state does not fit its config ({kind}: {problem})</source>
      <extracomment>dlviz/training/experiment.py:480</extracomment>
      <translation>{folder}: 저장된 상태가 설정과 맞지 않습니다 ({kind}: {problem})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="205" />
      <source>{where}: {key} holds a list; sweep hidden_layers or neurons instead</source>
      <extracomment>dlviz/training/sweep.py:79</extracomment>
      <translation>{where}: {key}은(는) 목록입니다. 대신 hidden_layers나 neurons를 스윕하세요</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="313" />
      <source>could not write {n} of {total} PNG files: {what}</source>
      <extracomment>dlviz/ui/export.py:45</extracomment>
      <translation>PNG 파일 {total}개 중 {n}개를 쓰지 못했습니다: {what}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="315" />
      <source>{path}: nothing to draw (the image is empty)</source>
      <extracomment>dlviz/ui/export.py:75</extracomment>
      <translation>{path}: 그릴 것이 없습니다 (빈 그림)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="317" />
      <source>{path}: the image could not be encoded as PNG</source>
      <extracomment>dlviz/ui/export.py:84</extracomment>
      <translation>{path}: 그림을 PNG로 저장하지 못했습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="319" />
      <source>{name} has no size yet: show or resize it before export</source>
      <extracomment>dlviz/ui/export.py:127</extracomment>
      <translation>{name}의 크기가 아직 없습니다: 내보내기 전에 화면에 띄우거나 크기를 바꾸세요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="321" />
      <source>Decision regions · {run}</source>
      <extracomment>dlviz/ui/export.py:285</extracomment>
      <translation>결정 경계 · {run}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="323" />
      <source>Export history as CSV</source>
      <extracomment>dlviz/ui/export.py:440</extracomment>
      <translation>학습 기록을 CSV로 내보내기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="325" />
      <source>CSV files (*.csv)</source>
      <extracomment>dlviz/ui/export.py:441</extracomment>
      <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="327" />
      <source>Export failed</source>
      <extracomment>dlviz/ui/export.py:449</extracomment>
      <translation>내보내기 실패</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="329" />
      <source>Wrote {path}</source>
      <extracomment>dlviz/ui/export.py:451</extracomment>
      <translation>{path}에 저장했습니다</translation>
    </message>
  </context>
  <context>
    <name>i18n</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="331" />
      <source>Language</source>
      <extracomment>dlviz/ui/i18n.py:160</extracomment>
      <translation>언어</translation>
    </message>
  </context>
  <context>
    <name>inspector</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="333" />
      <source>Softmax pᵢ</source>
      <extracomment>dlviz/ui/inspector.py:168</extracomment>
      <translation>소프트맥스 pᵢ</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="335" />
      <source>probability</source>
      <extracomment>dlviz/ui/inspector.py:168</extracomment>
      <translation>확률</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="337" />
      <source>Click a point on the decision plane to see the network's softmax and cross-entropy there; click a unit in the network to see its weighted sum.</source>
      <extracomment>dlviz/ui/inspector.py:239</extracomment>
      <translation>결정 경계 평면의 점을 클릭하면 그 점의 소프트맥스와 교차 엔트로피를, 신경망의 뉴런을 클릭하면 그 뉴런의 가중합을 볼 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="339" />
      <source>Label y:</source>
      <extracomment>dlviz/ui/inspector.py:245</extracomment>
      <translation>정답 y:</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="341" />
      <source>The class the cross-entropy is measured against. A point near a sample takes that sample's label.</source>
      <extracomment>dlviz/ui/inspector.py:249</extracomment>
      <translation>교차 엔트로피를 잴 기준 클래스입니다. 샘플 가까이의 점은 그 샘플의 정답을 씁니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="343" />
      <source>Clear</source>
      <extracomment>dlviz/ui/inspector.py:253</extracomment>
      <translation>지우기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="345" />
      <source>Stop inspecting this point</source>
      <extracomment>dlviz/ui/inspector.py:255</extracomment>
      <translation>이 점 살펴보기를 그만둡니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="347" />
      <source>class</source>
      <extracomment>dlviz/ui/inspector.py:263</extracomment>
      <translation>클래스</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="349" />
      <source>logit zᵢ</source>
      <extracomment>dlviz/ui/inspector.py:263</extracomment>
      <translation>로짓 zᵢ</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="351" />
      <source>e^zᵢ</source>
      <extracomment>dlviz/ui/inspector.py:263</extracomment>
      <translation>e^zᵢ</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="353" />
      <source>pᵢ</source>
      <extracomment>dlviz/ui/inspector.py:263</extracomment>
      <translation>pᵢ</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="355" />
      <source>Click a hidden or output unit in the network to see z = Σ wᵢaᵢ + b here.</source>
      <extracomment>dlviz/ui/inspector.py:276</extracomment>
      <translation>신경망의 은닉 뉴런이나 출력 뉴런을 클릭하면 여기에 z = Σ wᵢaᵢ + b가 보입니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="357" />
      <source>input</source>
      <extracomment>dlviz/ui/inspector.py:278</extracomment>
      <translation>입력</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="359" />
      <source>aᵢ</source>
      <extracomment>dlviz/ui/inspector.py:278</extracomment>
      <translation>aᵢ</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="361" />
      <source>wᵢ</source>
      <extracomment>dlviz/ui/inspector.py:278</extracomment>
      <translation>wᵢ</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="363" />
      <source>wᵢ·aᵢ</source>
      <extracomment>dlviz/ui/inspector.py:278</extracomment>
      <translation>wᵢ·aᵢ</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="365" />
      <source>{unit}: click a point on the decision plane to follow it through this unit.</source>
      <extracomment>dlviz/ui/inspector.py:330</extracomment>
      <translation>{unit}: 결정 경계 평면의 점을 클릭하면 그 점이 이 뉴런을 지나는 과정을 따라갑니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="367" />
      <source>Point x₁ = {x}, x₂ = {y}</source>
      <extracomment>dlviz/ui/inspector.py:360</extracomment>
      <translation>점 x₁ = {x}, x₂ = {y}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="369" />
      <source>a training sample</source>
      <extracomment>dlviz/ui/inspector.py:364</extracomment>
      <translation>학습 샘플</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="371" />
      <source>a validation sample</source>
      <extracomment>dlviz/ui/inspector.py:364</extracomment>
      <translation>검증 샘플</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="373" />
      <source>Snapped to {where} of class &lt;b&gt;{name}&lt;/b&gt;: its label is y.</source>
      <extracomment>dlviz/ui/inspector.py:365</extracomment>
      <translation>클래스 &lt;b&gt;{name}&lt;/b&gt;의 {where}에 맞췄습니다: 그 정답이 y입니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="375" />
      <source>No sample here: pick the label y (it starts as the predicted class).</source>
      <extracomment>dlviz/ui/inspector.py:369</extracomment>
      <translation>여기에는 샘플이 없습니다: 정답 y를 고르세요 (처음에는 예측한 클래스).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="377" />
      <source>sum Σⱼ</source>
      <extracomment>dlviz/ui/inspector.py:393</extracomment>
      <translation>합 Σⱼ</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="379" />
      <source>p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;; for y = &lt;b style='color:{color}'&gt;{name}&lt;/b&gt;: p&lt;sub&gt;y&lt;/sub&gt; = {e} / {total} = &lt;b&gt;{p}&lt;/b&gt;</source>
      <extracomment>dlviz/ui/inspector.py:401</extracomment>
      <translation>p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;; y = &lt;b style='color:{color}'&gt;{name}&lt;/b&gt;일 때: p&lt;sub&gt;y&lt;/sub&gt; = {e} / {total} = &lt;b&gt;{p}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="381" />
      <source>Cross-entropy: −log p&lt;sub&gt;y&lt;/sub&gt; = −ln {p} = &lt;b&gt;{ce}&lt;/b&gt;&lt;br&gt;chance (pᵢ = 1/K for every class): ln K = ln {k} = &lt;b&gt;{chance}&lt;/b&gt; — {verdict}</source>
      <extracomment>dlviz/ui/inspector.py:407</extracomment>
      <translation>교차 엔트로피: −log p&lt;sub&gt;y&lt;/sub&gt; = −ln {p} = &lt;b&gt;{ce}&lt;/b&gt;&lt;br&gt;우연 수준 (모든 클래스에서 pᵢ = 1/K): ln K = ln {k} = &lt;b&gt;{chance}&lt;/b&gt; — {verdict}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="383" />
      <source>better than chance</source>
      <extracomment>dlviz/ui/inspector.py:410</extracomment>
      <translation>우연보다 낫습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="385" />
      <source>no better than chance</source>
      <extracomment>dlviz/ui/inspector.py:410</extracomment>
      <translation>우연보다 낫지 않습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="387" />
      <source>&lt;b&gt;{unit}&lt;/b&gt; at this point: z = Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;i&lt;/sub&gt;a&lt;sub&gt;i&lt;/sub&gt; + b</source>
      <extracomment>dlviz/ui/inspector.py:425</extracomment>
      <translation>이 점에서 &lt;b&gt;{unit}&lt;/b&gt;: z = Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;i&lt;/sub&gt;a&lt;sub&gt;i&lt;/sub&gt; + b</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="389" />
      <source>unit {u}</source>
      <extracomment>dlviz/ui/inspector.py:434</extracomment>
      <translation>뉴런 {u}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="391" />
      <source>bias b</source>
      <extracomment>dlviz/ui/inspector.py:437</extracomment>
      <translation>편향 b</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="393" />
      <source>z = Σ wᵢaᵢ + b</source>
      <extracomment>dlviz/ui/inspector.py:438</extracomment>
      <translation>z = Σ wᵢaᵢ + b</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="395" />
      <source>z is the logit z&lt;sub&gt;{k}&lt;/sub&gt; = &lt;b&gt;{z}&lt;/b&gt; of class {name}; the softmax makes it p = e&lt;sup&gt;z&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; = &lt;b&gt;{p}&lt;/b&gt;</source>
      <extracomment>dlviz/ui/inspector.py:445</extracomment>
      <translation>z는 클래스 {name}의 로짓 z&lt;sub&gt;{k}&lt;/sub&gt; = &lt;b&gt;{z}&lt;/b&gt;이고, 소프트맥스를 거쳐 p = e&lt;sup&gt;z&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; = &lt;b&gt;{p}&lt;/b&gt;가 됩니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="397" />
      <source>then the activation {name}: {formula}&lt;br&gt;f(z) = {name}({z}) = &lt;b&gt;{a}&lt;/b&gt;</source>
      <extracomment>dlviz/ui/inspector.py:451</extracomment>
      <translation>이어서 활성화 함수 {name}: {formula}&lt;br&gt;f(z) = {name}({z}) = &lt;b&gt;{a}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="399" />
      <source>Softmax inspector</source>
      <extracomment>dlviz/ui/inspector.py:473</extracomment>
      <translation>소프트맥스 살펴보기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="401" />
      <source>{unit}: waiting for the numbers…</source>
      <extracomment>dlviz/ui/inspector.py:536</extracomment>
      <translation>{unit}: 값을 기다리는 중…</translation>
    </message>
  </context>
  <context>
    <name>landscape</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="403" />
      <source>Main directions of the trajectory (PCA)</source>
      <extracomment>dlviz/ui/lab/landscape.py:41</extracomment>
      <translation>궤적의 주된 방향 (주성분 분석)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="405" />
      <source>Random directions, filter-normalised</source>
      <extracomment>dlviz/ui/lab/landscape.py:42</extracomment>
      <translation>필터 정규화한 무작위 방향</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="407" />
      <source>direction {k} ({pct}% of variance)</source>
      <extracomment>dlviz/ui/lab/landscape.py:83</extracomment>
      <translation>방향 {k} (분산의 {pct}%)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="409" />
      <source>random direction 1 (filter-normalised)</source>
      <extracomment>dlviz/ui/lab/landscape.py:85</extracomment>
      <translation>무작위 방향 1 (필터 정규화)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="411" />
      <source>random direction 2 (filter-normalised)</source>
      <extracomment>dlviz/ui/lab/landscape.py:85</extracomment>
      <translation>무작위 방향 2 (필터 정규화)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="413" />
      <source>Loss landscape</source>
      <extracomment>dlviz/ui/lab/landscape.py:98</extracomment>
      <translation>손실 지형</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="415" />
      <source>direction 1</source>
      <extracomment>dlviz/ui/lab/landscape.py:98</extracomment>
      <translation>방향 1</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="417" />
      <source>direction 2</source>
      <extracomment>dlviz/ui/lab/landscape.py:98</extracomment>
      <translation>방향 2</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="419" />
      <source>training loss (log scale)</source>
      <extracomment>dlviz/ui/lab/landscape.py:104</extracomment>
      <translation>학습 손실 (로그 눈금)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="421" />
      <source>training's path (projected)</source>
      <extracomment>dlviz/ui/lab/landscape.py:117</extracomment>
      <translation>학습 경로 (투영)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="423" />
      <source>initial weights</source>
      <extracomment>dlviz/ui/lab/landscape.py:118</extracomment>
      <translation>초기 가중치</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="425" />
      <source>current weights (the centre)</source>
      <extracomment>dlviz/ui/lab/landscape.py:119</extracomment>
      <translation>현재 가중치 (가운데)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="427" />
      <source>Loss landscape around the current weights</source>
      <extracomment>dlviz/ui/lab/landscape.py:142</extracomment>
      <translation>현재 가중치 주변의 손실 지형</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="429" />
      <source>PCA: the plane in which the weights moved most while training (their path lies nearly in it). Random: two random directions, each unit's scaled to that unit's weights (Li et al. 2018).</source>
      <extracomment>dlviz/ui/lab/landscape.py:176</extracomment>
      <translation>주성분 분석: 학습 중 가중치가 가장 많이 움직인 평면입니다(경로가 거의 이 평면에 놓입니다). 무작위: 두 무작위 방향으로, 뉴런마다 그 뉴런의 가중치 크기에 맞춥니다(Li 외, 2018).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="431" />
      <source>Grid points per side (odd); the loss is evaluated at each</source>
      <extracomment>dlviz/ui/lab/landscape.py:183</extracomment>
      <translation>한 변의 격자점 수(홀수), 점마다 손실을 계산합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="433" />
      <source>Which random directions</source>
      <extracomment>dlviz/ui/lab/landscape.py:187</extracomment>
      <translation>어떤 무작위 방향을 쓸지</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="435" />
      <source>Recompute</source>
      <extracomment>dlviz/ui/lab/landscape.py:188</extracomment>
      <translation>다시 계산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="437" />
      <source>The slice around the weights as they are now</source>
      <extracomment>dlviz/ui/lab/landscape.py:190</extracomment>
      <translation>지금 가중치 주변의 단면</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="439" />
      <source>Directions</source>
      <extracomment>dlviz/ui/lab/landscape.py:197</extracomment>
      <translation>방향</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="441" />
      <source>Resolution</source>
      <extracomment>dlviz/ui/lab/landscape.py:197</extracomment>
      <translation>해상도</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="443" />
      <source>Seed</source>
      <extracomment>dlviz/ui/lab/landscape.py:198</extracomment>
      <translation>시드</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="445" />
      <source>Computing… ({run}, {method}); training goes on meanwhile</source>
      <extracomment>dlviz/ui/lab/landscape.py:236</extracomment>
      <translation>계산 중… ({run}, {method}), 그동안 학습은 계속됩니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="447" />
      <source>Loss at the current weights: {loss}. {n} × {n} points.</source>
      <extracomment>dlviz/ui/lab/landscape.py:243</extracomment>
      <translation>현재 가중치의 손실: {loss}. {n} × {n} 점.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="449" />
      <source>The two directions hold {pct}% of the path's variance.</source>
      <extracomment>dlviz/ui/lab/landscape.py:246</extracomment>
      <translation>두 방향이 경로 분산의 {pct}%를 담습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="451" />
      <source>(cancelled: part of the grid is missing)</source>
      <extracomment>dlviz/ui/lab/landscape.py:249</extracomment>
      <translation>(취소됨: 격자 일부가 비어 있습니다)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="453" />
      <source>No landscape: {why}</source>
      <extracomment>dlviz/ui/lab/landscape.py:263</extracomment>
      <translation>손실 지형 없음: {why}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="455" />
      <source>Loss landscape…</source>
      <extracomment>dlviz/ui/lab/landscape.py:283</extracomment>
      <translation>손실 지형…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="457" />
      <source>The training loss around the current weights, with the path training took</source>
      <extracomment>dlviz/ui/lab/landscape.py:285</extracomment>
      <translation>현재 가중치 주변의 학습 손실과 학습이 지나온 경로</translation>
    </message>
  </context>
  <context>
    <name>layouts</name>
    <message>
      <location filename="../../dlviz/ui/lab/paths.py" line="576" />
      <location filename="../../dlviz/ui/i18n_strings.py" line="703" />
      <source>&amp;View</source>
      <extracomment>One colour per optimizer, by registry order: Okabe-Ito without its yellow, which vanishes on the light end of the surface's colour map. Learning rates that show each optimizer's character on each surface within a few hundred steps (measured: the path moves visibly, neither jumping to the minimum in a step nor blowing up). Scale-free optimizers (RMSprop, Adagrad, Adam) take steps of about lr whatever the gradient, so theirs are much larger than SGD's on steep surfaces. An optimizer or surface missing here starts at the surface's own lr.
----------
dlviz/ui/layouts.py:316</extracomment>
      <translation>보기(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="639" />
      <source>Loss and accuracy</source>
      <extracomment>dlviz/ui/layouts.py:31</extracomment>
      <translation>손실과 정확도</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="641" />
      <source>Network</source>
      <extracomment>dlviz/ui/layouts.py:31</extracomment>
      <translation>신경망</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="643" />
      <source>Gradient flow</source>
      <extracomment>dlviz/ui/layouts.py:32</extracomment>
      <translation>기울기 흐름</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="645" />
      <source>Dead units</source>
      <extracomment>dlviz/ui/layouts.py:32</extracomment>
      <translation>죽은 뉴런</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="647" />
      <source>Weights</source>
      <extracomment>dlviz/ui/layouts.py:33</extracomment>
      <translation>가중치</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="649" />
      <source>Activation</source>
      <extracomment>dlviz/ui/layouts.py:33</extracomment>
      <translation>활성화 함수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="651" />
      <source>Dropout</source>
      <extracomment>dlviz/ui/layouts.py:34</extracomment>
      <translation>드롭아웃</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="653" />
      <source>Learning rate</source>
      <extracomment>dlviz/ui/layouts.py:34</extracomment>
      <translation>학습률</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="655" />
      <source>max</source>
      <extracomment>dlviz/ui/layouts.py:42</extracomment>
      <translation>최대</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="657" />
      <source>1 epoch/s</source>
      <extracomment>dlviz/ui/layouts.py:44</extracomment>
      <translation>초당 1 에포크</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="659" />
      <source>{n} epochs/s</source>
      <extracomment>dlviz/ui/layouts.py:45</extracomment>
      <translation>초당 {n} 에포크</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="661" />
      <source>How fast training runs: slow enough to watch the boundary form, or as fast as it goes</source>
      <extracomment>dlviz/ui/layouts.py:53</extracomment>
      <translation>학습 속도: 경계가 만들어지는 모습을 볼 만큼 느리게, 또는 가능한 한 빠르게</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="663" />
      <source>Log scale</source>
      <extracomment>dlviz/ui/layouts.py:108</extracomment>
      <translation>로그 눈금</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="665" />
      <source>Show the loss on a logarithmic axis: small late improvements become visible.</source>
      <extracomment>dlviz/ui/layouts.py:109</extracomment>
      <translation>손실을 로그 축으로 보여 줍니다: 후반의 작은 개선도 보입니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="667" />
      <source>Smooths the noisy per-step loss (a running average); 0 shows it raw.</source>
      <extracomment>dlviz/ui/layouts.py:116</extracomment>
      <translation>출렁이는 스텝별 손실을 이동 평균으로 부드럽게 합니다. 0이면 그대로 보여 줍니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="669" />
      <source>Smoothing</source>
      <extracomment>dlviz/ui/layouts.py:121</extracomment>
      <translation>평활화</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="671" />
      <source>Hyperparameters</source>
      <extracomment>dlviz/ui/layouts.py:144</extracomment>
      <translation>하이퍼파라미터</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="673" />
      <source>Training</source>
      <extracomment>dlviz/ui/layouts.py:275</extracomment>
      <translation>학습</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="675" />
      <source>Play</source>
      <extracomment>dlviz/ui/layouts.py:279</extracomment>
      <translation>재생</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="677" />
      <source>Start or pause training</source>
      <extracomment>dlviz/ui/layouts.py:279</extracomment>
      <translation>학습 시작 또는 일시정지</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="679" />
      <source>Step epoch</source>
      <extracomment>dlviz/ui/layouts.py:280</extracomment>
      <translation>한 에포크</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="681" />
      <source>Train exactly one epoch</source>
      <extracomment>dlviz/ui/layouts.py:280</extracomment>
      <translation>정확히 한 에포크만 학습합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="683" />
      <source>Reset</source>
      <extracomment>dlviz/ui/layouts.py:282</extracomment>
      <translation>초기화</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="685" />
      <source>Fresh weights, empty curves, same settings</source>
      <extracomment>dlviz/ui/layouts.py:282</extracomment>
      <translation>새 가중치, 빈 곡선, 같은 설정</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="687" />
      <source>&amp;File</source>
      <extracomment>dlviz/ui/layouts.py:284</extracomment>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="689" />
      <source>Load CSV…</source>
      <extracomment>dlviz/ui/layouts.py:285</extracomment>
      <translation>CSV 불러오기…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="691" />
      <source>Cancel loading</source>
      <extracomment>dlviz/ui/layouts.py:286</extracomment>
      <translation>불러오기 취소</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="693" />
      <source>Export plots as PNG…</source>
      <extracomment>dlviz/ui/layouts.py:288</extracomment>
      <translation>그래프를 PNG로 내보내기…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="695" />
      <source>Export history as CSV…</source>
      <extracomment>dlviz/ui/layouts.py:289</extracomment>
      <translation>기록을 CSV로 내보내기…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="697" />
      <source>Quit</source>
      <extracomment>dlviz/ui/layouts.py:291</extracomment>
      <translation>종료</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="699" />
      <source>&amp;Train</source>
      <extracomment>dlviz/ui/layouts.py:292</extracomment>
      <translation>학습(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="701" />
      <source>Watch speed</source>
      <extracomment>dlviz/ui/layouts.py:312</extracomment>
      <translation>보기 속도</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="705" />
      <source>Compact layout (tabs)</source>
      <extracomment>dlviz/ui/layouts.py:318</extracomment>
      <translation>좁은 배치 (탭)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="707" />
      <source>Every view at once</source>
      <extracomment>dlviz/ui/layouts.py:319</extracomment>
      <translation>모든 보기를 한 번에</translation>
    </message>
  </context>
  <context>
    <name>lessons</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="709" />
      <source>Glossary</source>
      <extracomment>dlviz/ui/lessons.py:85</extracomment>
      <translation>용어집</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="711" />
      <source>Find a term (English or Korean)</source>
      <extracomment>dlviz/ui/lessons.py:90</extracomment>
      <translation>용어 찾기 (영어 또는 한국어)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="713" />
      <source>English</source>
      <extracomment>dlviz/ui/lessons.py:96</extracomment>
      <translation>영어</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="715" />
      <source>Korean</source>
      <extracomment>dlviz/ui/lessons.py:96</extracomment>
      <translation>한국어</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="717" />
      <source>Meaning</source>
      <extracomment>dlviz/ui/lessons.py:96</extracomment>
      <translation>뜻</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="719" />
      <source>Meaning in Korean</source>
      <extracomment>dlviz/ui/lessons.py:96</extracomment>
      <translation>한국어 뜻</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="721" />
      <source>Lessons</source>
      <extracomment>dlviz/ui/lessons.py:208</extracomment>
      <translation>레슨</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="723" />
      <source>The course's lessons in order; ✓: its run has been watched to the end</source>
      <extracomment>dlviz/ui/lessons.py:233</extracomment>
      <translation>강의 순서대로 놓인 레슨입니다. ✓: 실행을 끝까지 본 레슨</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="725" />
      <source>Predict first</source>
      <extracomment>dlviz/ui/lessons.py:262</extracomment>
      <translation>먼저 예측하기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="727" />
      <source>Run</source>
      <extracomment>dlviz/ui/lessons.py:276</extracomment>
      <translation>실행</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="729" />
      <source>Look at</source>
      <extracomment>dlviz/ui/lessons.py:289</extracomment>
      <translation>살펴볼 곳</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="731" />
      <source>Try next</source>
      <extracomment>dlviz/ui/lessons.py:295</extracomment>
      <translation>다음에 해 볼 것</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="733" />
      <source>What the run showed</source>
      <extracomment>dlviz/ui/lessons.py:300</extracomment>
      <translation>실행 결과</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="735" />
      <source>Back</source>
      <extracomment>dlviz/ui/lessons.py:317</extracomment>
      <translation>이전</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="737" />
      <source>The previous lesson of the course</source>
      <extracomment>dlviz/ui/lessons.py:319</extracomment>
      <translation>강의의 이전 레슨</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="739" />
      <source>Next</source>
      <extracomment>dlviz/ui/lessons.py:321</extracomment>
      <translation>다음</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="741" />
      <source>The next lesson of the course</source>
      <extracomment>dlviz/ui/lessons.py:323</extracomment>
      <translation>강의의 다음 레슨</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="743" />
      <source>The course's terms in English and Korean</source>
      <extracomment>dlviz/ui/lessons.py:327</extracomment>
      <translation>강의 용어를 영어와 한국어로</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="745" />
      <source>Each lesson sets up the window for one idea of the course, asks you to predict what the run will show, then runs it. Choose a lesson in the list: its settings replace the current ones.</source>
      <extracomment>dlviz/ui/lessons.py:397</extracomment>
      <translation>레슨마다 강의의 개념 하나에 맞게 창을 준비하고, 실행 결과를 먼저 예측하게 한 뒤 실행합니다. 목록에서 레슨을 고르면 그 설정이 지금 설정을 대신합니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="747" />
      <source>Bring this view to the front and mark it</source>
      <extracomment>dlviz/ui/lessons.py:479</extracomment>
      <translation>이 보기를 앞으로 가져와 표시합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="749" />
      <source>Change the settings this way and run again</source>
      <extracomment>dlviz/ui/lessons.py:490</extracomment>
      <translation>설정을 이렇게 바꾸고 다시 실행합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="751" />
      <source>Start the run and see if you were right</source>
      <extracomment>dlviz/ui/lessons.py:505</extracomment>
      <translation>실행을 시작해 예측이 맞았는지 확인합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="753" />
      <source>Pick an answer first</source>
      <extracomment>dlviz/ui/lessons.py:506</extracomment>
      <translation>먼저 답을 고르세요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="755" />
      <source>Right!</source>
      <extracomment>dlviz/ui/lessons.py:592</extracomment>
      <translation>맞았습니다!</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="757" />
      <source>The answer is: {answer}. Watch the run show it.</source>
      <extracomment>dlviz/ui/lessons.py:593</extracomment>
      <translation>정답: {answer}. 실행으로 확인해 보세요.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="759" />
      <source>Not quite.</source>
      <extracomment>dlviz/ui/lessons.py:595</extracomment>
      <translation>아쉽네요.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="761" />
      <source>The answer is: {answer}. Watch the run to see why.</source>
      <extracomment>dlviz/ui/lessons.py:596</extracomment>
      <translation>정답: {answer}. 실행을 보며 이유를 알아보세요.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="763" />
      <source>Checking…</source>
      <extracomment>dlviz/ui/lessons.py:621</extracomment>
      <translation>확인 중…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="765" />
      <source>The check could not run: {why}</source>
      <extracomment>dlviz/ui/lessons.py:650</extracomment>
      <translation>확인을 실행할 수 없습니다: {why}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="767" />
      <source>Decision regions</source>
      <extracomment>dlviz/ui/lessons.py:740</extracomment>
      <translation>결정 경계</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="769" />
      <source>Thinned network</source>
      <extracomment>dlviz/ui/lessons.py:740</extracomment>
      <translation>솎아 낸 신경망</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="771" />
      <source>Comparison tiles</source>
      <extracomment>dlviz/ui/lessons.py:741</extracomment>
      <translation>비교 타일</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="773" />
      <source>Comparison</source>
      <extracomment>dlviz/ui/lessons.py:741</extracomment>
      <translation>비교</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="775" />
      <source>Hyperparameters</source>
      <extracomment>dlviz/ui/lessons.py:742</extracomment>
      <translation>하이퍼파라미터</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="777" />
      <source>&amp;Help</source>
      <extracomment>dlviz/ui/lessons.py:764</extracomment>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="779" />
      <source>The course's lessons, one idea at a time</source>
      <extracomment>dlviz/ui/lessons.py:769</extracomment>
      <translation>강의 레슨, 한 번에 개념 하나씩</translation>
    </message>
  </context>
  <context>
    <name>lr_finder</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="459" />
      <source>crawls</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:41</extracomment>
      <translation>느림</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="461" />
      <source>learns</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:41</extracomment>
      <translation>학습됨</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="463" />
      <source>diverges</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:41</extracomment>
      <translation>발산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="465" />
      <source>Learning-rate range test</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:56</extracomment>
      <translation>학습률 범위 시험</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="467" />
      <source>learning rate</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:56</extracomment>
      <translation>학습률</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="469" />
      <source>loss (smoothed)</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:56</extracomment>
      <translation>손실 (평활)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="471" />
      <source>loss of each step</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:76</extracomment>
      <translation>스텝별 손실</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="473" />
      <source>smoothed loss</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:77</extracomment>
      <translation>평활한 손실</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="475" />
      <source>suggested {lr}</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:116</extracomment>
      <translation>추천 {lr}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="477" />
      <source>Find a learning rate</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:136</extracomment>
      <translation>학습률 찾기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="479" />
      <source>From fresh weights of the current settings, the learning rate grows from 0.00001 to 10, one step at a time. Where the loss falls fastest is a good learning rate. The run you are training is not changed until you use it.</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:148</extracomment>
      <translation>지금 설정의 새 가중치에서 시작해 학습률을 스텝마다 0.00001에서 10까지 키웁니다. 손실이 가장 빨리 줄어드는 곳이 좋은 학습률입니다. 추천값을 쓰기 전까지 학습 중인 실행은 바뀌지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="481" />
      <source>Run again</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:162</extracomment>
      <translation>다시 실행</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="483" />
      <source>Run the test again on the current settings</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:164</extracomment>
      <translation>지금 설정으로 시험을 다시 실행합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="485" />
      <source>Cancel</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:166</extracomment>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="487" />
      <source>Use this learning rate</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:169</extracomment>
      <translation>이 학습률 쓰기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="489" />
      <source>Set the learning rate of the current run to the suggested one</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:171</extracomment>
      <translation>지금 실행의 학습률을 추천값으로 바꿉니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="491" />
      <source>Close</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:174</extracomment>
      <translation>닫기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="493" />
      <source>Computing…</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:200</extracomment>
      <translation>계산 중…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="495" />
      <source>Cancelled.</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:230</extracomment>
      <translation>취소했습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="497" />
      <source>Computing… step {n} of {planned}</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:235</extracomment>
      <translation>계산 중… {planned} 스텝 중 {n}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="499" />
      <source>The test failed: {why}</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:243</extracomment>
      <translation>시험 실패: {why}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="501" />
      <source>it stopped when the loss passed 4× its minimum</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:246</extracomment>
      <translation>손실이 최솟값의 4배를 넘어 멈췄습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="503" />
      <source>it ran the whole range</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:247</extracomment>
      <translation>범위 전체를 실행했습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="505" />
      <source>Suggested learning rate: {lr} (where the smoothed loss falls fastest). {steps} steps; {end}.</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:248</extracomment>
      <translation>추천 학습률: {lr} (평활한 손실이 가장 빨리 줄어드는 곳). {steps} 스텝, {end}.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="507" />
      <source>The learning rate is now {lr}.</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:266</extracomment>
      <translation>학습률을 {lr}(으)로 바꿨습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="509" />
      <source>Find learning rate…</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:298</extracomment>
      <translation>학습률 찾기…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="511" />
      <source>The learning-rate range test: train from fresh weights with a growing learning rate and suggest where the loss falls fastest</source>
      <extracomment>dlviz/ui/lab/lr_finder.py:300</extracomment>
      <translation>학습률 범위 시험: 새 가중치에서 학습률을 키워 가며 학습하고, 손실이 가장 빨리 줄어드는 학습률을 추천합니다</translation>
    </message>
  </context>
  <context>
    <name>paths_lab</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="513" />
      <source>{name}, lr {lr}</source>
      <extracomment>dlviz/ui/lab/paths.py:154</extracomment>
      <translation>{name}, 학습률 {lr}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="515" />
      <source>, λ {wd}</source>
      <extracomment>dlviz/ui/lab/paths.py:156</extracomment>
      <translation>, λ {wd}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="517" />
      <source>f − f_min (log scale)</source>
      <extracomment>dlviz/ui/lab/paths.py:227</extracomment>
      <translation>f − f_min (로그 눈금)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="519" />
      <source>f</source>
      <extracomment>dlviz/ui/lab/paths.py:230</extracomment>
      <translation>f</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="521" />
      <source>{label}: diverged at step {step}</source>
      <extracomment>dlviz/ui/lab/paths.py:291</extracomment>
      <translation>{label}: {step} 스텝에서 발산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="523" />
      <source>Optimizer paths lab</source>
      <extracomment>dlviz/ui/lab/paths.py:324</extracomment>
      <translation>옵티마이저 경로 실험실</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="525" />
      <source>The function the optimizers minimise, in its textbook form</source>
      <extracomment>dlviz/ui/lab/paths.py:344</extracomment>
      <translation>옵티마이저가 최소화하는 함수 (교과서 형태)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="527" />
      <source>Surface</source>
      <extracomment>dlviz/ui/lab/paths.py:345</extracomment>
      <translation>함수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="529" />
      <source>How many steps each optimizer takes</source>
      <extracomment>dlviz/ui/lab/paths.py:350</extracomment>
      <translation>옵티마이저마다 밟을 스텝 수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="531" />
      <source>Steps</source>
      <extracomment>dlviz/ui/lab/paths.py:351</extracomment>
      <translation>스텝 수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="533" />
      <source>Optimizers</source>
      <extracomment>dlviz/ui/lab/paths.py:354</extracomment>
      <translation>옵티마이저</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="535" />
      <source>learning rate</source>
      <extracomment>dlviz/ui/lab/paths.py:356</extracomment>
      <translation>학습률</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="537" />
      <source>Learning rate of {name} on this surface</source>
      <extracomment>dlviz/ui/lab/paths.py:371</extracomment>
      <translation>이 함수에서 {name}의 학습률</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="539" />
      <source>Play</source>
      <extracomment>dlviz/ui/lab/paths.py:386</extracomment>
      <translation>재생</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="541" />
      <source>Animate the paths, a few steps per frame</source>
      <extracomment>dlviz/ui/lab/paths.py:388</extracomment>
      <translation>경로를 움직여 보여 줍니다 (프레임마다 몇 스텝씩)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="543" />
      <source>Reset</source>
      <extracomment>dlviz/ui/lab/paths.py:389</extracomment>
      <translation>초기화</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="545" />
      <source>Back to step 0</source>
      <extracomment>dlviz/ui/lab/paths.py:391</extracomment>
      <translation>스텝 0으로 되돌리기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="547" />
      <source>Click the plane to start every path there. ★ marks a minimum, ✕ a saddle point; the white dot is the start.</source>
      <extracomment>dlviz/ui/lab/paths.py:399</extracomment>
      <translation>평면을 클릭하면 모든 경로가 거기서 출발합니다. ★는 최솟값, ✕는 안장점, 흰 점은 출발점입니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="549" />
      <source>the learning rate must be a positive number</source>
      <extracomment>dlviz/ui/lab/paths.py:464</extracomment>
      <translation>학습률은 양수여야 합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="551" />
      <source>diverged at step {step}</source>
      <extracomment>dlviz/ui/lab/paths.py:497</extracomment>
      <translation>{step} 스텝에서 발산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="553" />
      <source>f = {f}</source>
      <extracomment>dlviz/ui/lab/paths.py:500</extracomment>
      <translation>f = {f}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="555" />
      <source>step {step} / {steps}</source>
      <extracomment>dlviz/ui/lab/paths.py:501</extracomment>
      <translation>스텝 {step} / {steps}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="557" />
      <source>Pause</source>
      <extracomment>dlviz/ui/lab/paths.py:520</extracomment>
      <translation>일시정지</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="559" />
      <source>Optimizer paths lab…</source>
      <extracomment>dlviz/ui/lab/paths.py:616</extracomment>
      <translation>옵티마이저 경로 실험실…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="561" />
      <source>SGD, momentum, Adam and the others on 2-D test functions, side by side</source>
      <extracomment>dlviz/ui/lab/paths.py:618</extracomment>
      <translation>SGD, 모멘텀, Adam 등을 2차원 시험 함수에서 나란히 비교합니다</translation>
    </message>
  </context>
  <context>
    <name>registry</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1177" />
      <source>Spiral</source>
      <extracomment>dlviz.data.DATASETS['spiral']</extracomment>
      <translation>나선</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1179" />
      <source>Interleaved spiral arms, one per class: hard, needs depth.</source>
      <extracomment>dlviz.data.DATASETS['spiral']</extracomment>
      <translation>클래스마다 하나씩 얽힌 나선 팔: 어렵고, 깊은 신경망이 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1181" />
      <source>XOR</source>
      <extracomment>dlviz.data.DATASETS['xor']</extracomment>
      <translation>XOR</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1183" />
      <source>Opposite quadrants share a class: not linearly separable.</source>
      <extracomment>dlviz.data.DATASETS['xor']</extracomment>
      <translation>마주 보는 사분면이 같은 클래스: 직선으로 나눌 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1185" />
      <source>Circles</source>
      <extracomment>dlviz.data.DATASETS['circles']</extracomment>
      <translation>동심원</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1187" />
      <source>A disk inside a ring: needs a closed boundary.</source>
      <extracomment>dlviz.data.DATASETS['circles']</extracomment>
      <translation>고리 안의 원판: 닫힌 경계가 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1189" />
      <source>Moons</source>
      <extracomment>dlviz.data.DATASETS['moons']</extracomment>
      <translation>반달</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1191" />
      <source>Two interlocking half moons: a gently curved boundary.</source>
      <extracomment>dlviz.data.DATASETS['moons']</extracomment>
      <translation>맞물린 두 반달: 완만하게 굽은 경계.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1193" />
      <source>Blobs</source>
      <extracomment>dlviz.data.DATASETS['blobs']</extracomment>
      <translation>덩어리</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1195" />
      <source>Gaussian clusters on a circle, one per class: easy.</source>
      <extracomment>dlviz.data.DATASETS['blobs']</extracomment>
      <translation>원 위에 클래스마다 하나씩 놓인 가우스 군집: 쉽습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1197" />
      <source>Linear</source>
      <extracomment>dlviz.data.DATASETS['linear']</extracomment>
      <translation>선형</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1199" />
      <source>Two classes either side of a straight line: the easiest.</source>
      <extracomment>dlviz.data.DATASETS['linear']</extracomment>
      <translation>직선 양쪽의 두 클래스: 가장 쉽습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1201" />
      <source>Checkerboard</source>
      <extracomment>dlviz.data.DATASETS['checkerboard']</extracomment>
      <translation>체커보드</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1203" />
      <source>A 4x4 checkerboard of two classes: many regions.</source>
      <extracomment>dlviz.data.DATASETS['checkerboard']</extracomment>
      <translation>두 클래스의 4×4 체커보드: 영역이 많습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1205" />
      <source>Step</source>
      <extracomment>dlviz.engine.ACTIVATIONS['step']</extracomment>
      <translation>계단 함수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1207" />
      <source>Heaviside step, f(z) = 1 if z &gt; 0 else 0.</source>
      <extracomment>dlviz.engine.ACTIVATIONS['step']</extracomment>
      <translation>헤비사이드 계단 함수: z &gt; 0이면 f(z) = 1, 아니면 0.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1209" />
      <source>Identity, f(z) = z.</source>
      <extracomment>dlviz.engine.ACTIVATIONS['linear']</extracomment>
      <translation>항등 함수, f(z) = z.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1211" />
      <source>Sigmoid</source>
      <extracomment>dlviz.engine.ACTIVATIONS['sigmoid']</extracomment>
      <translation>시그모이드</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1213" />
      <source>Logistic sigmoid, f(z) = 1 / (1 + e^-z); f' = f (1 - f), at most 1/4.</source>
      <extracomment>dlviz.engine.ACTIVATIONS['sigmoid']</extracomment>
      <translation>로지스틱 시그모이드, f(z) = 1 / (1 + e^-z); f' = f (1 - f), 최대 1/4.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1215" />
      <source>Tanh</source>
      <extracomment>dlviz.engine.ACTIVATIONS['tanh']</extracomment>
      <translation>tanh</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1217" />
      <source>Hyperbolic tangent, f(z) = tanh z; f' = 1 - f^2.</source>
      <extracomment>dlviz.engine.ACTIVATIONS['tanh']</extracomment>
      <translation>쌍곡탄젠트, f(z) = tanh z; f' = 1 - f^2.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1219" />
      <source>ReLU</source>
      <extracomment>dlviz.engine.ACTIVATIONS['relu']</extracomment>
      <translation>ReLU</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1221" />
      <source>Rectified linear unit, f(z) = max(0, z); f' = 1 for z &gt; 0, else 0.</source>
      <extracomment>dlviz.engine.ACTIVATIONS['relu']</extracomment>
      <translation>정류 선형 유닛, f(z) = max(0, z); z &gt; 0이면 f' = 1, 아니면 0.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1223" />
      <source>Leaky ReLU</source>
      <extracomment>dlviz.engine.ACTIVATIONS['leaky_relu']</extracomment>
      <translation>Leaky ReLU</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1225" />
      <source>Leaky ReLU, f(z) = z for z &gt; 0, else slope * z (slope 0.01 by default).</source>
      <extracomment>dlviz.engine.ACTIVATIONS['leaky_relu']</extracomment>
      <translation>Leaky ReLU: z &gt; 0이면 f(z) = z, 아니면 기울기 × z (기본 기울기 0.01).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1227" />
      <source>Leaky slope</source>
      <extracomment>dlviz.engine.ACTIVATIONS['leaky_relu'] option leaky_slope</extracomment>
      <translation>음수 쪽 기울기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1229" />
      <source>negative slope of leaky_relu: f(z) = slope·z for z &lt; 0</source>
      <extracomment>dlviz.engine.ACTIVATIONS['leaky_relu'] option leaky_slope</extracomment>
      <translation>Leaky ReLU의 음수 쪽 기울기: z &lt; 0이면 f(z) = 기울기·z</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1231" />
      <source>ELU</source>
      <extracomment>dlviz.engine.ACTIVATIONS['elu']</extracomment>
      <translation>ELU</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1233" />
      <source>Exponential linear unit, f(z) = z for z &gt; 0, else α(e^z - 1) (α = 1 by default).</source>
      <extracomment>dlviz.engine.ACTIVATIONS['elu']</extracomment>
      <translation>지수 선형 유닛: z &gt; 0이면 f(z) = z, 아니면 α(e^z - 1) (기본 α = 1).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1235" />
      <source>ELU α</source>
      <extracomment>dlviz.engine.ACTIVATIONS['elu'] option elu_alpha</extracomment>
      <translation>ELU α</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1237" />
      <source>scale of elu's negative part</source>
      <extracomment>dlviz.engine.ACTIVATIONS['elu'] option elu_alpha</extracomment>
      <translation>ELU 음수 부분의 크기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1239" />
      <source>GELU</source>
      <extracomment>dlviz.engine.ACTIVATIONS['gelu']</extracomment>
      <translation>GELU</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1241" />
      <source>Gaussian error linear unit, exact form (as torch.nn.GELU):</source>
      <extracomment>dlviz.engine.ACTIVATIONS['gelu']</extracomment>
      <translation>가우스 오차 선형 유닛, 정확한 형태 (PyTorch의 GELU와 같음):</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1243" />
      <source>SiLU</source>
      <extracomment>dlviz.engine.ACTIVATIONS['silu']</extracomment>
      <translation>SiLU</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1245" />
      <source>Sigmoid linear unit (swish), f(z) = z · σ(z); f' = σ(z) (1 + z (1 - σ(z))).</source>
      <extracomment>dlviz.engine.ACTIVATIONS['silu']</extracomment>
      <translation>시그모이드 선형 유닛(스위시), f(z) = z · σ(z); f' = σ(z) (1 + z (1 - σ(z))).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1247" />
      <source>Auto</source>
      <extracomment>dlviz.engine.INITS['auto']</extracomment>
      <translation>자동</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1249" />
      <source>He for ReLU-like activations, Xavier otherwise</source>
      <extracomment>dlviz.engine.INITS['auto']</extracomment>
      <translation>ReLU 계열 활성화 함수에는 He, 그 밖에는 Xavier</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1251" />
      <source>He</source>
      <extracomment>dlviz.engine.INITS['he']</extracomment>
      <translation>He</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1253" />
      <source>Normal(0, √(2 / fan_in)): keeps ReLU activations' variance steady</source>
      <extracomment>dlviz.engine.INITS['he']</extracomment>
      <translation>정규분포 N(0, √(2 / 입력 수)): ReLU 활성값의 분산을 일정하게 유지</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1255" />
      <source>Xavier</source>
      <extracomment>dlviz.engine.INITS['xavier']</extracomment>
      <translation>Xavier</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1257" />
      <source>Normal(0, √(2 / (fan_in + fan_out))): suits tanh and sigmoid</source>
      <extracomment>dlviz.engine.INITS['xavier']</extracomment>
      <translation>정규분포 N(0, √(2 / (입력 수 + 출력 수))): tanh와 시그모이드에 알맞음</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1259" />
      <source>Normal(0, 1)</source>
      <extracomment>dlviz.engine.INITS['normal']</extracomment>
      <translation>정규분포 N(0, 1)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1261" />
      <source>Normal(0, 1): too large for wide layers, which shows saturation</source>
      <extracomment>dlviz.engine.INITS['normal']</extracomment>
      <translation>정규분포 N(0, 1): 넓은 층에는 너무 커서 포화가 나타남</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1263" />
      <source>Zeros</source>
      <extracomment>dlviz.engine.INITS['zeros']</extracomment>
      <translation>0으로</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1265" />
      <source>All zero: every unit in a layer stays identical (the symmetry problem)</source>
      <extracomment>dlviz.engine.INITS['zeros']</extracomment>
      <translation>모두 0: 한 층의 뉴런이 모두 똑같이 남음 (대칭성 문제)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1267" />
      <source>SGD</source>
      <extracomment>dlviz.engine.OPTIMIZERS['sgd']</extracomment>
      <translation>SGD</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1269" />
      <source>Plain gradient descent: w &lt;- w - lr·g.</source>
      <extracomment>dlviz.engine.OPTIMIZERS['sgd']</extracomment>
      <translation>기본 경사 하강법: w ← w − 학습률·g.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1271" />
      <source>Momentum</source>
      <extracomment>dlviz.engine.OPTIMIZERS['momentum']</extracomment>
      <translation>모멘텀</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1273" />
      <source>Heavy-ball momentum as torch: v &lt;- μv + g; w &lt;- w - lr·v (μ = 0.9).</source>
      <extracomment>dlviz.engine.OPTIMIZERS['momentum']</extracomment>
      <translation>PyTorch와 같은 모멘텀: v ← μv + g; w ← w − 학습률·v (μ = 0.9).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1275" />
      <source>momentum coefficient μ of momentum and nesterov</source>
      <extracomment>dlviz.engine.OPTIMIZERS['momentum'] option momentum</extracomment>
      <translation>모멘텀과 네스테로프의 모멘텀 계수 μ</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1277" />
      <source>Nesterov</source>
      <extracomment>dlviz.engine.OPTIMIZERS['nesterov']</extracomment>
      <translation>네스테로프</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1279" />
      <source>Nesterov momentum as torch: v &lt;- μv + g; w &lt;- w - lr·(g + μv).</source>
      <extracomment>dlviz.engine.OPTIMIZERS['nesterov']</extracomment>
      <translation>PyTorch와 같은 네스테로프 모멘텀: v ← μv + g; w ← w − 학습률·(g + μv).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1281" />
      <source>RMSprop</source>
      <extracomment>dlviz.engine.OPTIMIZERS['rmsprop']</extracomment>
      <translation>RMSprop</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1283" />
      <source>RMSprop as torch: s &lt;- αs + (1-α)g²; w &lt;- w - lr·g / (√s + ε).</source>
      <extracomment>dlviz.engine.OPTIMIZERS['rmsprop']</extracomment>
      <translation>PyTorch와 같은 RMSprop: s ← αs + (1−α)g²; w ← w − 학습률·g / (√s + ε).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1285" />
      <source>Adagrad</source>
      <extracomment>dlviz.engine.OPTIMIZERS['adagrad']</extracomment>
      <translation>Adagrad</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1287" />
      <source>Adagrad as torch: s &lt;- s + g²; w &lt;- w - lr·g / (√s + ε), ε = 1e-10.</source>
      <extracomment>dlviz.engine.OPTIMIZERS['adagrad']</extracomment>
      <translation>PyTorch와 같은 Adagrad: s ← s + g²; w ← w − 학습률·g / (√s + ε), ε = 1e-10.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1289" />
      <source>Adam</source>
      <extracomment>dlviz.engine.OPTIMIZERS['adam']</extracomment>
      <translation>Adam</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1291" />
      <source>Adam as torch (β = 0.9, 0.999; ε = 1e-8):</source>
      <extracomment>dlviz.engine.OPTIMIZERS['adam']</extracomment>
      <translation>PyTorch와 같은 Adam (β = 0.9, 0.999; ε = 1e-8):</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1293" />
      <source>β₁</source>
      <extracomment>dlviz.engine.OPTIMIZERS['adam'] option beta1</extracomment>
      <translation>β₁</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1295" />
      <source>Adam's decay of the gradient's running mean</source>
      <extracomment>dlviz.engine.OPTIMIZERS['adam'] option beta1</extracomment>
      <translation>Adam에서 기울기 이동 평균의 감쇠율</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1297" />
      <source>β₂</source>
      <extracomment>dlviz.engine.OPTIMIZERS['adam'] option beta2</extracomment>
      <translation>β₂</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1299" />
      <source>Adam's decay of the squared gradient's running mean</source>
      <extracomment>dlviz.engine.OPTIMIZERS['adam'] option beta2</extracomment>
      <translation>Adam에서 기울기 제곱 이동 평균의 감쇠율</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1301" />
      <source>AdamW</source>
      <extracomment>dlviz.engine.OPTIMIZERS['adamw']</extracomment>
      <translation>AdamW</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1303" />
      <source>AdamW as torch: Adam with decoupled weight decay, w &lt;- w (1 - lr·λ) first.</source>
      <extracomment>dlviz.engine.OPTIMIZERS['adamw']</extracomment>
      <translation>PyTorch와 같은 AdamW: 가중치 감쇠를 분리한 Adam, 먼저 w ← w (1 − 학습률·λ).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1305" />
      <source>Constant</source>
      <extracomment>dlviz.engine.SCHEDULES['constant']</extracomment>
      <translation>일정</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1307" />
      <source>lr(t) = lr.</source>
      <extracomment>dlviz.engine.SCHEDULES['constant']</extracomment>
      <translation>학습률이 그대로 유지됩니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1309" />
      <source>Step decay</source>
      <extracomment>dlviz.engine.SCHEDULES['step']</extracomment>
      <translation>계단식 감소</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1311" />
      <source>lr(t) = lr · γ^floor(t / D): a drop by γ every D = decay_epochs epochs.</source>
      <extracomment>dlviz.engine.SCHEDULES['step']</extracomment>
      <translation>D 에포크마다 학습률에 γ를 곱합니다 (계단식).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1313" />
      <source>Decay factor γ</source>
      <extracomment>dlviz.engine.SCHEDULES['step'] option lr_decay</extracomment>
      <translation>감소 비율 γ</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1315" />
      <source>the lr is multiplied by γ every decay_epochs epochs</source>
      <extracomment>dlviz.engine.SCHEDULES['step'] option lr_decay</extracomment>
      <translation>감소 주기(에포크)마다 학습률에 γ를 곱합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1317" />
      <source>Decay every (epochs)</source>
      <extracomment>dlviz.engine.SCHEDULES['step'] option decay_epochs</extracomment>
      <translation>감소 주기 (에포크)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1319" />
      <source>epochs per decay by γ</source>
      <extracomment>dlviz.engine.SCHEDULES['step'] option decay_epochs</extracomment>
      <translation>γ를 한 번 곱하는 데 걸리는 에포크 수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1321" />
      <source>Exponential decay</source>
      <extracomment>dlviz.engine.SCHEDULES['exponential']</extracomment>
      <translation>지수 감소</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1323" />
      <source>lr(t) = lr · γ^(t / D): the same decay as ``step``, smoothly.</source>
      <extracomment>dlviz.engine.SCHEDULES['exponential']</extracomment>
      <translation>계단식 감소와 같은 비율로, 매끄럽게 줄어듭니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1325" />
      <source>Cosine</source>
      <extracomment>dlviz.engine.SCHEDULES['cosine']</extracomment>
      <translation>코사인</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1327" />
      <source>lr(t) = lr · (1 + cos(π t / T)) / 2 for t &lt; T, then 0 (T = the planned steps).</source>
      <extracomment>dlviz.engine.SCHEDULES['cosine']</extracomment>
      <translation>학습률이 코사인 곡선을 따라 계획한 마지막 스텝에서 0이 됩니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1329" />
      <source>Warm-up + cosine</source>
      <extracomment>dlviz.engine.SCHEDULES['warmup_cosine']</extracomment>
      <translation>워밍업 + 코사인</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1331" />
      <source>Linear warm-up from lr/W to lr over W = warmup_epochs, then cosine to 0 at the end.</source>
      <extracomment>dlviz.engine.SCHEDULES['warmup_cosine']</extracomment>
      <translation>워밍업 에포크 동안 학습률을 선형으로 올린 뒤, 코사인으로 끝에서 0이 됩니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1333" />
      <source>Warm-up (epochs)</source>
      <extracomment>dlviz.engine.SCHEDULES['warmup_cosine'] option warmup_epochs</extracomment>
      <translation>워밍업 (에포크)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1335" />
      <source>epochs of linear warm-up</source>
      <extracomment>dlviz.engine.SCHEDULES['warmup_cosine'] option warmup_epochs</extracomment>
      <translation>선형 워밍업 에포크 수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1337" />
      <source>The compiled engine where numba is installed, else NumPy</source>
      <extracomment>dlviz.engine.engines.ENGINES['auto']</extracomment>
      <translation>numba가 설치되어 있으면 컴파일 엔진, 아니면 NumPy</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1339" />
      <source>Compiled</source>
      <extracomment>dlviz.engine.engines.ENGINES['compiled']</extracomment>
      <translation>컴파일</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1341" />
      <source>numba-compiled training steps: several times faster on small networks</source>
      <extracomment>dlviz.engine.engines.ENGINES['compiled']</extracomment>
      <translation>numba로 컴파일한 학습 스텝: 작은 신경망에서 몇 배 빠릅니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1343" />
      <source>NumPy</source>
      <extracomment>dlviz.engine.engines.ENGINES['numpy']</extracomment>
      <translation>NumPy</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1345" />
      <source>The reference engine: NumPy operations, step by step</source>
      <extracomment>dlviz.engine.engines.ENGINES['numpy']</extracomment>
      <translation>기준 엔진: NumPy 연산으로 한 스텝씩 계산합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1347" />
      <source>Ill-conditioned quadratic</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['quadratic']</extracomment>
      <translation>조건이 나쁜 이차 함수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1349" />
      <source>f(x, y) = x² + 10·y²</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['quadratic']</extracomment>
      <translation>f(x, y) = x² + 10·y²</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1351" />
      <source>Rosenbrock</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['rosenbrock']</extracomment>
      <translation>로젠브록</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1353" />
      <source>f(x, y) = (1 − x)² + 100·(y − x²)²</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['rosenbrock']</extracomment>
      <translation>f(x, y) = (1 − x)² + 100·(y − x²)²</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1355" />
      <source>Beale</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['beale']</extracomment>
      <translation>빌</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1357" />
      <source>f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['beale']</extracomment>
      <translation>f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1359" />
      <source>Saddle</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['saddle']</extracomment>
      <translation>안장</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1361" />
      <source>f(x, y) = x² − y²</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['saddle']</extracomment>
      <translation>f(x, y) = x² − y²</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1363" />
      <source>Himmelblau</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['himmelblau']</extracomment>
      <translation>히멜블라우</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1365" />
      <source>f(x, y) = (x² + y − 11)² + (x + y² − 7)²</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['himmelblau']</extracomment>
      <translation>f(x, y) = (x² + y − 11)² + (x + y² − 7)²</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1367" />
      <source>Six-hump camel</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['six_hump_camel']</extracomment>
      <translation>여섯 혹 낙타</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1369" />
      <source>f(x, y) = (4 − 2.1x² + x⁴/3)·x² + xy + (−4 + 4y²)·y²</source>
      <extracomment>dlviz.engine.surfaces.SURFACES['six_hump_camel']</extracomment>
      <translation>f(x, y) = (4 − 2.1x² + x⁴/3)·x² + xy + (−4 + 4y²)·y²</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1371" />
      <source>x₁</source>
      <extracomment>dlviz.data.features.FEATURES['x1']</extracomment>
      <translation>x₁</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1373" />
      <source>x₂</source>
      <extracomment>dlviz.data.features.FEATURES['x2']</extracomment>
      <translation>x₂</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1375" />
      <source>x₁²</source>
      <extracomment>dlviz.data.features.FEATURES['x1sq']</extracomment>
      <translation>x₁²</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1377" />
      <source>x₂²</source>
      <extracomment>dlviz.data.features.FEATURES['x2sq']</extracomment>
      <translation>x₂²</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1379" />
      <source>x₁x₂</source>
      <extracomment>dlviz.data.features.FEATURES['x1x2']</extracomment>
      <translation>x₁x₂</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1381" />
      <source>sin(πx₁)</source>
      <extracomment>dlviz.data.features.FEATURES['sin_x1']</extracomment>
      <translation>sin(πx₁)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1383" />
      <source>sin(πx₂)</source>
      <extracomment>dlviz.data.features.FEATURES['sin_x2']</extracomment>
      <translation>sin(πx₂)</translation>
    </message>
  </context>
  <context>
    <name>runs</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="883" />
      <source>diverged at step {n}</source>
      <extracomment>dlviz/ui/runs.py:68</extracomment>
      <translation>{n} 스텝에서 발산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="885" />
      <source>val accuracy {v}%</source>
      <extracomment>dlviz/ui/runs.py:69</extracomment>
      <translation>검증 정확도 {v}%</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="887" />
      <source>{data}, {act}, hidden {hidden}, {opt} lr {lr}, batch {batch}, dropout {drop}</source>
      <extracomment>dlviz/ui/runs.py:72</extracomment>
      <translation>{data}, {act}, 은닉층 {hidden}, {opt} 학습률 {lr}, 배치 {batch}, 드롭아웃 {drop}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="889" />
      <source>epoch {n}</source>
      <extracomment>dlviz/ui/runs.py:76</extracomment>
      <translation>에포크 {n}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="891" />
      <source>Pinned runs: tick to show their faded curves, double-click to rename</source>
      <extracomment>dlviz/ui/runs.py:93</extracomment>
      <translation>고정한 실행: 체크하면 흐린 곡선이 보이고, 더블클릭하면 이름을 바꿉니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="893" />
      <source>Pin</source>
      <extracomment>dlviz/ui/runs.py:96</extracomment>
      <translation>고정</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="895" />
      <source>Keep the current run (in a comparison: the focused one) as a faded ghost</source>
      <extracomment>dlviz/ui/runs.py:98</extracomment>
      <translation>지금 실행(비교 중에는 선택한 실행)을 흐린 잔상으로 남깁니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="897" />
      <source>Remove</source>
      <extracomment>dlviz/ui/runs.py:99</extracomment>
      <translation>지우기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="899" />
      <source>Compare</source>
      <extracomment>dlviz/ui/runs.py:101</extracomment>
      <translation>비교</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="901" />
      <source>Train the pinned run's settings again beside the current ones</source>
      <extracomment>dlviz/ui/runs.py:103</extracomment>
      <translation>고정한 실행의 설정을 지금 설정과 나란히 다시 학습합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="903" />
      <source>(none yet)</source>
      <extracomment>dlviz/ui/runs.py:223</extracomment>
      <translation>(아직 없음)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="905" />
      <source>Save experiment</source>
      <extracomment>dlviz/ui/runs.py:241</extracomment>
      <translation>실험 저장</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="907" />
      <source>dlviz experiments (*.dlviz)</source>
      <extracomment>dlviz/ui/runs.py:242</extracomment>
      <translation>dlviz 실험 파일 (*.dlviz)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="909" />
      <source>Save the comparison and the pinned runs before closing?</source>
      <extracomment>dlviz/ui/runs.py:290</extracomment>
      <translation>닫기 전에 비교와 고정한 실행을 저장할까요?</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="911" />
      <source>Save the comparison before closing?</source>
      <extracomment>dlviz/ui/runs.py:292</extracomment>
      <translation>닫기 전에 비교를 저장할까요?</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="913" />
      <source>Save the pinned runs before closing?</source>
      <extracomment>dlviz/ui/runs.py:294</extracomment>
      <translation>닫기 전에 고정한 실행을 저장할까요?</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="915" />
      <source>Unsaved runs</source>
      <extracomment>dlviz/ui/runs.py:295</extracomment>
      <translation>저장하지 않은 실행</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="917" />
      <source>Runs not saved are lost when the window closes; a .dlviz file keeps them.</source>
      <extracomment>dlviz/ui/runs.py:297</extracomment>
      <translation>저장하지 않은 실행은 창을 닫으면 사라집니다. .dlviz 파일에 저장하면 남습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="919" />
      <source>Don't ask again</source>
      <extracomment>dlviz/ui/runs.py:302</extracomment>
      <translation>다시 묻지 않기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="921" />
      <source>Open experiment</source>
      <extracomment>dlviz/ui/runs.py:348</extracomment>
      <translation>실험 열기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="923" />
      <source>dlviz experiments (*.dlviz);;All files (*)</source>
      <extracomment>dlviz/ui/runs.py:349</extracomment>
      <translation>dlviz 실험 파일 (*.dlviz);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="925" />
      <source>Pinned runs</source>
      <extracomment>dlviz/ui/runs.py:358</extracomment>
      <translation>고정한 실행</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="927" />
      <source>Open experiment…</source>
      <extracomment>dlviz/ui/runs.py:367</extracomment>
      <translation>실험 열기…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="929" />
      <source>Open recent</source>
      <extracomment>dlviz/ui/runs.py:371</extracomment>
      <translation>최근 파일 열기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="931" />
      <source>Save experiment…</source>
      <extracomment>dlviz/ui/runs.py:373</extracomment>
      <translation>실험 저장…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="933" />
      <source>Every run, pinned run and view into one .dlviz file; Open goes on where it stopped</source>
      <extracomment>dlviz/ui/runs.py:376</extracomment>
      <translation>모든 실행, 고정한 실행, 보기를 .dlviz 파일 하나에 담습니다. 열면 멈춘 곳에서 이어집니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="935" />
      <source>Pin run</source>
      <extracomment>dlviz/ui/runs.py:387</extracomment>
      <translation>실행 고정</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="937" />
      <source>Keep this run as a faded ghost to compare the next ones with (Ctrl+P)</source>
      <extracomment>dlviz/ui/runs.py:390</extracomment>
      <translation>이 실행을 흐린 잔상으로 남겨 다음 실행과 비교합니다 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="939" />
      <source>Save failed</source>
      <extracomment>dlviz/ui/runs.py:419</extracomment>
      <translation>저장 실패</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="941" />
      <source>Saved {path}</source>
      <extracomment>dlviz/ui/runs.py:423</extracomment>
      <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="943" />
      <source>Opened {path}: press Play to go on</source>
      <extracomment>dlviz/ui/runs.py:442</extracomment>
      <translation>{path}를 열었습니다: 재생을 누르면 이어서 학습합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="945" />
      <source>Cannot open experiment</source>
      <extracomment>dlviz/ui/runs.py:446</extracomment>
      <translation>실험을 열 수 없음</translation>
    </message>
  </context>
  <context>
    <name>sweep</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="563" />
      <source>validation loss</source>
      <extracomment>dlviz/ui/lab/sweep.py:50</extracomment>
      <translation>검증 손실</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="565" />
      <source>validation accuracy</source>
      <extracomment>dlviz/ui/lab/sweep.py:50</extracomment>
      <translation>검증 정확도</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="567" />
      <source>training loss</source>
      <extracomment>dlviz/ui/lab/sweep.py:51</extracomment>
      <translation>학습 손실</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="569" />
      <source>training accuracy</source>
      <extracomment>dlviz/ui/lab/sweep.py:51</extracomment>
      <translation>학습 정확도</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="571" />
      <source>not run</source>
      <extracomment>dlviz/ui/lab/sweep.py:63</extracomment>
      <translation>실행 안 됨</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="573" />
      <source>✕ diverged
at step {n}</source>
      <extracomment>dlviz/ui/lab/sweep.py:65</extracomment>
      <translation>✕ 발산
{n} 스텝</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="575" />
      <source>Sweep</source>
      <extracomment>dlviz/ui/lab/sweep.py:116</extracomment>
      <translation>스윕</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="577" />
      <source>{metric} after {n} epochs</source>
      <extracomment>dlviz/ui/lab/sweep.py:204</extracomment>
      <translation>{n} 에포크 후 {metric}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="579" />
      <source>diverged</source>
      <extracomment>dlviz/ui/lab/sweep.py:220</extracomment>
      <translation>발산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="581" />
      <source>2 to 8 values, separated by commas</source>
      <extracomment>dlviz/ui/lab/sweep.py:281</extracomment>
      <translation>값 2~8개, 쉼표로 구분</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="583" />
      <source>and</source>
      <extracomment>dlviz/ui/lab/sweep.py:287</extracomment>
      <translation>그리고</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="585" />
      <source>Every cell trains this many epochs (or until it diverges)</source>
      <extracomment>dlviz/ui/lab/sweep.py:297</extracomment>
      <translation>칸마다 이만큼 에포크를 학습합니다 (발산하면 멈춤)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="587" />
      <source>Worker processes: cells train in parallel, one per core</source>
      <extracomment>dlviz/ui/lab/sweep.py:303</extracomment>
      <translation>작업 프로세스 수: 코어마다 칸 하나씩 나란히 학습합니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="589" />
      <source>Workers</source>
      <extracomment>dlviz/ui/lab/sweep.py:307</extracomment>
      <translation>작업 프로세스</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="591" />
      <source>Epochs</source>
      <extracomment>dlviz/ui/lab/sweep.py:310</extracomment>
      <translation>에포크</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="593" />
      <source>Every other setting, the seed included, is the current run's: every cell starts from the same data and, where the layer shapes match, the same weights.</source>
      <extracomment>dlviz/ui/lab/sweep.py:312</extracomment>
      <translation>시드를 포함한 나머지 설정은 지금 실행과 같습니다: 모든 칸이 같은 데이터에서, 층 모양이 맞으면 같은 가중치에서 시작합니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="595" />
      <source>Run</source>
      <extracomment>dlviz/ui/lab/sweep.py:318</extracomment>
      <translation>실행</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="597" />
      <source>Cancel</source>
      <extracomment>dlviz/ui/lab/sweep.py:322</extracomment>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="599" />
      <source>%v of %m cells</source>
      <extracomment>dlviz/ui/lab/sweep.py:327</extracomment>
      <translation>%m칸 중 %v칸</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="601" />
      <source>Show</source>
      <extracomment>dlviz/ui/lab/sweep.py:336</extracomment>
      <translation>표시</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="603" />
      <source>What the cells' colours and numbers show: each cell's value at the end</source>
      <extracomment>dlviz/ui/lab/sweep.py:341</extracomment>
      <translation>칸의 색과 숫자가 나타내는 것: 각 칸의 마지막 값</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="605" />
      <source>Click a cell to make its settings the current run</source>
      <extracomment>dlviz/ui/lab/sweep.py:349</extracomment>
      <translation>칸을 클릭하면 그 설정이 지금 실행이 됩니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="607" />
      <source>Close</source>
      <extracomment>dlviz/ui/lab/sweep.py:356</extracomment>
      <translation>닫기</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="609" />
      <source>Choices: {c}</source>
      <extracomment>dlviz/ui/lab/sweep.py:378</extracomment>
      <translation>선택지: {c}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="611" />
      <source>no cells</source>
      <extracomment>dlviz/ui/lab/sweep.py:403</extracomment>
      <translation>칸 없음</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="613" />
      <source>{key} is chosen twice: pick two different settings</source>
      <extracomment>dlviz/ui/lab/sweep.py:415</extracomment>
      <translation>{key}을(를) 두 번 골랐습니다: 서로 다른 설정 두 개를 고르세요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="615" />
      <source>The data is a CSV file: sweep a setting other than the data's</source>
      <extracomment>dlviz/ui/lab/sweep.py:432</extracomment>
      <translation>데이터가 CSV 파일입니다: 데이터 설정이 아닌 다른 설정을 스윕하세요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="617" />
      <source>Training {n} cells of {e} epochs in {w} processes…</source>
      <extracomment>dlviz/ui/lab/sweep.py:449</extracomment>
      <translation>{n}칸을 {e} 에포크씩 프로세스 {w}개로 학습하는 중…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="619" />
      <source>Training {n} cells of {e} epochs in one worker process…</source>
      <extracomment>dlviz/ui/lab/sweep.py:450</extracomment>
      <translation>{n}칸을 {e} 에포크씩 작업 프로세스 하나로 학습하는 중…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="621" />
      <source>Cancelling…</source>
      <extracomment>dlviz/ui/lab/sweep.py:482</extracomment>
      <translation>취소하는 중…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="623" />
      <source>The sweep failed: {why}</source>
      <extracomment>dlviz/ui/lab/sweep.py:513</extracomment>
      <translation>스윕 실패: {why}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="625" />
      <source>Cancelled: {done} of {n} cells done.</source>
      <extracomment>dlviz/ui/lab/sweep.py:522</extracomment>
      <translation>취소됨: {n}칸 중 {done}칸 완료.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="627" />
      <source>{n} cells in {s} s.</source>
      <extracomment>dlviz/ui/lab/sweep.py:524</extracomment>
      <translation>{n}칸, {s}초.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="629" />
      <source>{d} diverged (grey).</source>
      <extracomment>dlviz/ui/lab/sweep.py:526</extracomment>
      <translation>{d}칸 발산 (회색).</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="631" />
      <source>Click a cell to make it the current run.</source>
      <extracomment>dlviz/ui/lab/sweep.py:527</extracomment>
      <translation>칸을 클릭하면 지금 실행이 됩니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="633" />
      <source>The current run is now {cell} ({e} epochs): press Play to train it.</source>
      <extracomment>dlviz/ui/lab/sweep.py:552</extracomment>
      <translation>지금 실행은 {cell} ({e} 에포크)입니다: 재생을 눌러 학습하세요.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="635" />
      <source>Sweep…</source>
      <extracomment>dlviz/ui/lab/sweep.py:584</extracomment>
      <translation>스윕…</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="637" />
      <source>Train a grid over one or two settings in parallel and compare the cells' results</source>
      <extracomment>dlviz/ui/lab/sweep.py:586</extracomment>
      <translation>설정 한두 개의 격자를 나란히 학습하고 칸마다 결과를 비교합니다</translation>
    </message>
  </context>
  <context>
    <name>views</name>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="947" />
      <source>z (pre-activation)</source>
      <extracomment>dlviz/ui/views/activation.py:30</extracomment>
      <translation>z (활성화 전)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="949" />
      <source>output</source>
      <extracomment>dlviz/ui/views/activation.py:30</extracomment>
      <translation>출력</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="951" />
      <source>Activation: {name}</source>
      <extracomment>dlviz/ui/views/activation.py:80</extracomment>
      <translation>활성화 함수: {name}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="953" />
      <source>Activation: none</source>
      <extracomment>dlviz/ui/views/activation.py:99</extracomment>
      <translation>활성화 함수: 없음</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="955" />
      <source>no hidden layer</source>
      <extracomment>dlviz/ui/views/activation.py:99</extracomment>
      <translation>은닉층 없음</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="957" />
      <source>This network has no hidden layer,
so no layer uses an activation function.
The output is the softmax of a linear map.</source>
      <extracomment>dlviz/ui/views/activation.py:100</extracomment>
      <translation>이 신경망에는 은닉층이 없어서
활성화 함수를 쓰는 층이 없습니다.
출력은 선형 변환의 소프트맥스입니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="959" />
      <source>class {k}</source>
      <extracomment>dlviz/ui/views/common.py:35</extracomment>
      <translation>클래스 {k}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="961" />
      <source>Input {name}</source>
      <extracomment>dlviz/ui/views/common.py:228</extracomment>
      <translation>입력 {name}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="963" />
      <source>Output: probability of {name}</source>
      <extracomment>dlviz/ui/views/common.py:231</extracomment>
      <translation>출력: {name}일 확률</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="965" />
      <source>Hidden layer {l}, unit {u}</source>
      <extracomment>dlviz/ui/views/common.py:232</extracomment>
      <translation>은닉층 {l}, 뉴런 {u}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="967" />
      <source>x axis</source>
      <extracomment>dlviz/ui/views/compare_curves.py:64</extracomment>
      <translation>가로축</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="969" />
      <source>epochs</source>
      <extracomment>dlviz/ui/views/compare_curves.py:67</extracomment>
      <translation>에포크</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="971" />
      <source>steps</source>
      <extracomment>dlviz/ui/views/compare_curves.py:67</extracomment>
      <translation>스텝</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="973" />
      <source>seconds of training</source>
      <extracomment>dlviz/ui/views/compare_curves.py:67</extracomment>
      <translation>학습 시간(초)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="975" />
      <source>Compare per epoch, per update step, or per second of training time: a small batch wins per epoch and may lose per second.</source>
      <extracomment>dlviz/ui/views/compare_curves.py:69</extracomment>
      <translation>에포크, 갱신 스텝, 학습 시간(초) 기준으로 비교합니다: 작은 배치는 에포크 기준으로는 이기지만 초 기준으로는 질 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="979" />
      <source>validation</source>
      <extracomment>dlviz/ui/views/compare_curves.py:99</extracomment>
      <translation>검증</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="977" />
      <source>train</source>
      <extracomment>dlviz/ui/views/compare_curves.py:99</extracomment>
      <translation>학습</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="981" />
      <source>epoch</source>
      <extracomment>dlviz/ui/views/compare_curves.py:120</extracomment>
      <translation>에포크</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="983" />
      <source>training step</source>
      <extracomment>dlviz/ui/views/compare_curves.py:120</extracomment>
      <translation>학습 스텝</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="985" />
      <source>training time (s)</source>
      <extracomment>dlviz/ui/views/compare_curves.py:120</extracomment>
      <translation>학습 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="987" />
      <source>Loss</source>
      <extracomment>dlviz/ui/views/compare_curves.py:121</extracomment>
      <translation>손실</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="989" />
      <source>cross-entropy</source>
      <extracomment>dlviz/ui/views/compare_curves.py:121</extracomment>
      <translation>교차 엔트로피</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="991" />
      <source>Accuracy</source>
      <extracomment>dlviz/ui/views/compare_curves.py:122</extracomment>
      <translation>정확도</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="993" />
      <source>accuracy (%)</source>
      <extracomment>dlviz/ui/views/compare_curves.py:122</extracomment>
      <translation>정확도 (%)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="995" />
      <source>{run} (diverged)</source>
      <extracomment>dlviz/ui/views/compare_curves.py:301</extracomment>
      <translation>{run} (발산)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="997" />
      <source>Decision regions</source>
      <extracomment>dlviz/ui/views/decision.py:63</extracomment>
      <translation>결정 경계</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="999" />
      <source>Hidden unit activation</source>
      <extracomment>dlviz/ui/views/decision.py:304</extracomment>
      <translation>은닉 뉴런 활성값</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1001" />
      <source>p({name})</source>
      <extracomment>dlviz/ui/views/decision.py:329</extracomment>
      <translation>p({name})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1003" />
      <source>Dropout masks</source>
      <extracomment>dlviz/ui/views/dropout.py:62</extracomment>
      <translation>드롭아웃 마스크</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1005" />
      <source>current mini-batch</source>
      <extracomment>dlviz/ui/views/dropout.py:62</extracomment>
      <translation>현재 미니배치</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1007" />
      <source>kept</source>
      <extracomment>dlviz/ui/views/dropout.py:63</extracomment>
      <translation>유지</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1009" />
      <source>dropped</source>
      <extracomment>dlviz/ui/views/dropout.py:64</extracomment>
      <translation>꺼짐</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1011" />
      <source>Dropout, p = {p}</source>
      <extracomment>dlviz/ui/views/dropout.py:65</extracomment>
      <translation>드롭아웃, p = {p}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1013" />
      <source>Dropout masks, p = {p}</source>
      <extracomment>dlviz/ui/views/dropout.py:65</extracomment>
      <translation>드롭아웃 마스크, p = {p}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1015" />
      <source>L{n}</source>
      <extracomment>dlviz/ui/views/dropout.py:91</extracomment>
      <translation>{n}층</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1017" />
      <source>sample in batch</source>
      <extracomment>dlviz/ui/views/dropout.py:116</extracomment>
      <translation>배치 안의 샘플</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1019" />
      <source>unit</source>
      <extracomment>dlviz/ui/views/dropout.py:116</extracomment>
      <translation>뉴런</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1021" />
      <source>No hidden layers</source>
      <extracomment>dlviz/ui/views/dropout.py:138</extracomment>
      <translation>은닉층 없음</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1023" />
      <source>Dropout is off&lt;br&gt;(p = 0): every&lt;br&gt;unit is kept</source>
      <extracomment>dlviz/ui/views/dropout.py:141</extracomment>
      <translation>드롭아웃 꺼짐&lt;br&gt;(p = 0): 모든&lt;br&gt;뉴런 유지</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1025" />
      <source>The masks appear with&lt;br&gt;the first training step</source>
      <extracomment>dlviz/ui/views/dropout.py:145</extracomment>
      <translation>첫 학습 스텝부터&lt;br&gt;마스크가 보입니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1027" />
      <source>Layer {n}</source>
      <extracomment>dlviz/ui/views/dropout.py:163</extracomment>
      <translation>{n}층</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1029" />
      <source>Layer {n}: {v} % kept</source>
      <extracomment>dlviz/ui/views/dropout.py:165</extracomment>
      <translation>{n}층: {v} % 유지</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1031" />
      <source>layer 1 (input)</source>
      <extracomment>dlviz/ui/views/gradient.py:33</extracomment>
      <translation>1층 (입력)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1033" />
      <source>layer {n}</source>
      <extracomment>dlviz/ui/views/gradient.py:33</extracomment>
      <translation>{n}층</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1035" />
      <source>Gradient flow</source>
      <extracomment>dlviz/ui/views/gradient.py:70</extracomment>
      <translation>기울기 흐름</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1037" />
      <source>‖∂L/∂W‖ (log scale)</source>
      <extracomment>dlviz/ui/views/gradient.py:70</extracomment>
      <translation>‖∂L/∂W‖ (로그 눈금)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1039" />
      <source>‖∂L/∂W‖</source>
      <extracomment>dlviz/ui/views/gradient.py:154</extracomment>
      <translation>‖∂L/∂W‖</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1041" />
      <source>Dead units</source>
      <extracomment>dlviz/ui/views/health.py:116</extracomment>
      <translation>죽은 뉴런</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1043" />
      <source>dead (%)</source>
      <extracomment>dlviz/ui/views/health.py:116</extracomment>
      <translation>죽은 뉴런 (%)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1045" />
      <source>Pre-activations</source>
      <extracomment>dlviz/ui/views/health.py:127</extracomment>
      <translation>활성화 전 값</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1047" />
      <source>pre-activation z</source>
      <extracomment>dlviz/ui/views/health.py:127</extracomment>
      <translation>활성화 전 값 z</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1049" />
      <source>count</source>
      <extracomment>dlviz/ui/views/health.py:127</extracomment>
      <translation>개수</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1051" />
      <source>No hidden layers:&lt;br&gt;no unit can die or saturate</source>
      <extracomment>dlviz/ui/views/health.py:165</extracomment>
      <translation>은닉층 없음:&lt;br&gt;죽거나 포화될 뉴런이 없습니다</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1053" />
      <source>Dead units: output 0 for the whole batch</source>
      <extracomment>dlviz/ui/views/health.py:198</extracomment>
      <translation>죽은 뉴런: 배치 전체에서 출력이 0</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1055" />
      <source>layer</source>
      <extracomment>dlviz/ui/views/health.py:200</extracomment>
      <translation>층</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1057" />
      <source>{name} f(z), right axis</source>
      <extracomment>dlviz/ui/views/health.py:312</extracomment>
      <translation>{name} f(z), 오른쪽 축</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1059" />
      <source>|f′| &amp;lt; {p} % of peak</source>
      <extracomment>dlviz/ui/views/health.py:315</extracomment>
      <translation>|f′| &amp;lt; 최댓값의 {p} %</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1061" />
      <source>Pre-activations of layer {n}</source>
      <extracomment>dlviz/ui/views/health.py:316</extracomment>
      <translation>{n}층의 활성화 전 값</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1063" />
      <source>per step</source>
      <extracomment>dlviz/ui/views/loss.py:106</extracomment>
      <translation>스텝별</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1065" />
      <source>diverged</source>
      <extracomment>dlviz/ui/views/loss.py:127</extracomment>
      <translation>발산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1067" />
      <source>chance</source>
      <extracomment>dlviz/ui/views/loss.py:142</extracomment>
      <translation>우연 수준</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1069" />
      <source>chance: ln K = {v}</source>
      <extracomment>dlviz/ui/views/loss.py:237</extracomment>
      <translation>우연 수준: ln K = {v}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1071" />
      <source>diverged at step {n}</source>
      <extracomment>dlviz/ui/views/loss.py:303</extracomment>
      <translation>{n} 스텝에서 발산</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1073" />
      <source>+{n} more</source>
      <extracomment>dlviz/ui/views/network.py:510</extracomment>
      <translation>외 {n}개</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1075" />
      <source>input {n}</source>
      <extracomment>dlviz/ui/views/network.py:531</extracomment>
      <translation>입력 {n}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1077" />
      <source>In</source>
      <extracomment>dlviz/ui/views/network.py:539</extracomment>
      <translation>입력</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1079" />
      <source>Inputs</source>
      <extracomment>dlviz/ui/views/network.py:539</extracomment>
      <translation>입력</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1081" />
      <source>Out</source>
      <extracomment>dlviz/ui/views/network.py:541</extracomment>
      <translation>출력</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1083" />
      <source>Output</source>
      <extracomment>dlviz/ui/views/network.py:541</extracomment>
      <translation>출력</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1085" />
      <source>1 unit</source>
      <extracomment>dlviz/ui/views/network.py:542</extracomment>
      <translation>뉴런 1개</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1087" />
      <source>{n} units</source>
      <extracomment>dlviz/ui/views/network.py:542</extracomment>
      <translation>뉴런 {n}개</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1089" />
      <source>Hidden {c} ({units})</source>
      <extracomment>dlviz/ui/views/network.py:544</extracomment>
      <translation>은닉층 {c} ({units})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1091" />
      <source>H{c}</source>
      <extracomment>dlviz/ui/views/network.py:546</extracomment>
      <translation>은닉{c}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1093" />
      <source>Hidden {c}</source>
      <extracomment>dlviz/ui/views/network.py:547</extracomment>
      <translation>은닉층 {c}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1095" />
      <source>{name} (feature {i} of {n})</source>
      <extracomment>dlviz/ui/views/network.py:789</extracomment>
      <translation>{name} (특성 {i}/{n})</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1097" />
      <source>value range [{lo}, {hi}] over the plane</source>
      <extracomment>dlviz/ui/views/network.py:793</extracomment>
      <translation>평면 위 값 범위 [{lo}, {hi}]</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1099" />
      <source>Output: {name} — softmax probability</source>
      <extracomment>dlviz/ui/views/network.py:796</extracomment>
      <translation>출력: {name} — 소프트맥스 확률</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1101" />
      <source>range [{lo}, {hi}] over the plane</source>
      <extracomment>dlviz/ui/views/network.py:799</extracomment>
      <translation>평면 위 범위 [{lo}, {hi}]</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1103" />
      <source>Hidden {l}, unit {u} of {n} — {act}</source>
      <extracomment>dlviz/ui/views/network.py:804</extracomment>
      <translation>은닉층 {l}, 뉴런 {u}/{n} — {act}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1105" />
      <source>Hidden {l}, unit {u} — {act}</source>
      <extracomment>dlviz/ui/views/network.py:805</extracomment>
      <translation>은닉층 {l}, 뉴런 {u} — {act}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1107" />
      <source>(no data yet)</source>
      <extracomment>dlviz/ui/views/network.py:807</extracomment>
      <translation>(아직 데이터 없음)</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1109" />
      <source>yes</source>
      <extracomment>dlviz/ui/views/network.py:810</extracomment>
      <translation>예</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1111" />
      <source>no</source>
      <extracomment>dlviz/ui/views/network.py:810</extracomment>
      <translation>아니요</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1113" />
      <source>output range [{lo}, {hi}] over the plane</source>
      <extracomment>dlviz/ui/views/network.py:811</extracomment>
      <translation>평면 위 출력 범위 [{lo}, {hi}]</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1115" />
      <source>dead: {v}</source>
      <extracomment>dlviz/ui/views/network.py:812</extracomment>
      <translation>죽음: {v}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1117" />
      <source>dropped now: {v}</source>
      <extracomment>dlviz/ui/views/network.py:813</extracomment>
      <translation>지금 꺼짐: {v}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1119" />
      <source>dropout off</source>
      <extracomment>dlviz/ui/views/network.py:814</extracomment>
      <translation>드롭아웃 꺼짐</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1121" />
      <source>Learning-rate schedule</source>
      <extracomment>dlviz/ui/views/schedule.py:72</extracomment>
      <translation>학습률 스케줄</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1123" />
      <source>step</source>
      <extracomment>dlviz/ui/views/schedule.py:72</extracomment>
      <translation>스텝</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1125" />
      <source>learning rate</source>
      <extracomment>dlviz/ui/views/schedule.py:72</extracomment>
      <translation>학습률</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1127" />
      <source>planned</source>
      <extracomment>dlviz/ui/views/schedule.py:78</extracomment>
      <translation>계획</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1129" />
      <source>run so far</source>
      <extracomment>dlviz/ui/views/schedule.py:79</extracomment>
      <translation>지금까지</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1131" />
      <source>lr {lr} at step {n}</source>
      <extracomment>dlviz/ui/views/schedule.py:161</extracomment>
      <translation>{n} 스텝의 학습률 {lr}</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1133" />
      <source>value</source>
      <extracomment>dlviz/ui/views/weights.py:110</extracomment>
      <translation>값</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1135" />
      <source>Weights and biases</source>
      <extracomment>dlviz/ui/views/weights.py:165</extracomment>
      <translation>가중치와 편향</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1137" />
      <source>weights &amp;lt; 0</source>
      <extracomment>dlviz/ui/views/weights.py:176</extracomment>
      <translation>가중치 &amp;lt; 0</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1139" />
      <source>weights &amp;gt; 0</source>
      <extracomment>dlviz/ui/views/weights.py:176</extracomment>
      <translation>가중치 &amp;gt; 0</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/i18n_strings.py" line="1141" />
      <source>biases</source>
      <extracomment>dlviz/ui/views/weights.py:176</extracomment>
      <translation>편향</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/views/network.py" line="57" />
      <source>negative weight</source>
      <translation>음의 가중치</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/views/network.py" line="57" />
      <source>positive weight</source>
      <translation>양의 가중치</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/views/network.py" line="58" />
      <source>dead unit</source>
      <translation>죽은 뉴런</translation>
    </message>
    <message>
      <location filename="../../dlviz/ui/views/network.py" line="58" />
      <source>dropped (this mini-batch)</source>
      <translation>꺼짐 (이 미니배치)</translation>
    </message>
  </context>
</TS>