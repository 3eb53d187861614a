<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>cannot create {folder}: {error}</source>
        <translation>{folder}을(를) 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}</source>
        <translation>{folder}에 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>BlockCommand</name>
    <message>
        <source>class name</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>input shape</source>
        <translation>입력 모양</translation>
    </message>
    <message>
        <source>super call</source>
        <translation>super 호출</translation>
    </message>
    <message>
        <source>container style</source>
        <translation>컨테이너 방식</translation>
    </message>
    <message>
        <source>container name</source>
        <translation>컨테이너 이름</translation>
    </message>
    <message>
        <source>Add {kinds}</source>
        <translation>{kinds} 추가</translation>
    </message>
    <message>
        <source>Duplicate {kinds}</source>
        <translation>{kinds} 복제</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>{count} layers</source>
        <translation>레이어 {count}개</translation>
    </message>
    <message>
        <source>Delete {kinds}</source>
        <translation>{kinds} 삭제</translation>
    </message>
    <message>
        <source>Move layer</source>
        <translation>레이어 이동</translation>
    </message>
    <message>
        <source>Move layers</source>
        <translation>레이어 이동</translation>
    </message>
    <message>
        <source>Set {kind} {name}</source>
        <translation>{kind} {name} 설정</translation>
    </message>
    <message>
        <source>Make {param} a fixed value</source>
        <translation>{param}을(를) 고정값으로 바꾸기</translation>
    </message>
    <message>
        <source>Make {param} an __init__ argument</source>
        <translation>{param}을(를) __init__ 인자로 바꾸기</translation>
    </message>
    <message>
        <source>Rename argument {old} to {new}</source>
        <translation>인자 이름 바꾸기: {old} → {new}</translation>
    </message>
    <message>
        <source>Set {option}</source>
        <translation>{option} 설정</translation>
    </message>
</context>
<context>
    <name>BlockDocument</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>{verb}: {message}</source>
        <translation>{verb}: {message}</translation>
    </message>
    <message>
        <source>Wrap in Residual: select a run of consecutive cards first</source>
        <translation>잔차로 감싸기: 먼저 이어진 카드들을 선택해야 합니다</translation>
    </message>
    <message>
        <source>Wrap in Residual: {error}</source>
        <translation>잔차로 감싸기: {error}</translation>
    </message>
    <message>
        <source>Fix: add a 1x1 Conv2d + BatchNorm2d on the skip path</source>
        <translation>고치기: 건너뛰는 경로에 1x1 합성곱 (Conv2d) + 배치 정규화 (BatchNorm2d) 추가</translation>
    </message>
</context>
<context>
    <name>BlockSettingsForm</name>
    <message>
        <source>one nn.Sequential</source>
        <translation>nn.Sequential 하나</translation>
    </message>
    <message>
        <source>one attribute per layer</source>
        <translation>레이어마다 속성 하나</translation>
    </message>
    <message>
        <source>an nn.ModuleList, looped over</source>
        <translation>nn.ModuleList (forward에서 반복)</translation>
    </message>
    <message>
        <source>a plain Python list (lesson: not registered)</source>
        <translation>일반 Python 리스트 (수업용: 등록되지 않음)</translation>
    </message>
    <message>
        <source>omitted (teaching: instantiation fails)</source>
        <translation>생략 (수업용: 인스턴스를 만들 때 실패)</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>features per sample</source>
        <translation>샘플당 특징 수</translation>
    </message>
    <message>
        <source>image (N, C, H, W)</source>
        <translation>이미지 (N, C, H, W)</translation>
    </message>
    <message>
        <source>features (N, F)</source>
        <translation>특징 벡터 (N, F)</translation>
    </message>
    <message>
        <source>Input N, C, H, W</source>
        <translation>입력 N, C, H, W</translation>
    </message>
    <message>
        <source>Input N, F</source>
        <translation>입력 N, F</translation>
    </message>
    <message>
        <source>class name</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>container name</source>
        <translation>컨테이너 이름</translation>
    </message>
    <message>
        <source>&lt;b&gt;Block settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;블록 설정&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The generated class. Select a layer to edit its parameters.</source>
        <translation>생성되는 클래스입니다. 레이어를 선택하면 그 레이어의 매개변수를 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>Super call</source>
        <translation>super 호출</translation>
    </message>
    <message>
        <source>Layers as</source>
        <translation>레이어 담는 방식</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>컨테이너 이름</translation>
    </message>
    <message>
        <source>Input is</source>
        <translation>입력 종류</translation>
    </message>
    <message>
        <source>nn.Module.__init__ creates the dicts that register layers; without it, assigning a layer fails</source>
        <translation>nn.Module.__init__은 레이어를 등록할 딕셔너리를 만듭니다. 이 호출이 없으면 레이어를 대입할 때 실패합니다</translation>
    </message>
    <message>
        <source>image: a batch of N pictures with C channels of H x W pixels, for Conv2d, pooling and BatchNorm2d; features: a batch of N vectors of F numbers, for Linear (like LR in the lesson)</source>
        <translation>이미지: H x W 픽셀, 채널 C개짜리 그림 N장의 배치로, 합성곱 (Conv2d), 풀링, 배치 정규화 (BatchNorm2d)에 씁니다. 특징 벡터: 숫자 F개짜리 벡터 N개의 배치로, 선형 레이어 (Linear)에 씁니다 (수업의 LR처럼)</translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message>
        <source>&amp;Delete Layer</source>
        <translation>레이어 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Layer</source>
        <translation>레이어 복제(&amp;U)</translation>
    </message>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>레이어 위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move Layer Do&amp;wn</source>
        <translation>레이어 아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>Select &amp;All Layers</source>
        <translation>모든 레이어 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Wrap in &amp;Residual</source>
        <translation>잔차로 감싸기(&amp;R)</translation>
    </message>
    <message>
        <source>identity = x before the selected cards, out = out + identity after them</source>
        <translation>선택한 카드 앞에 identity = x를, 뒤에 out = out + identity를 넣습니다</translation>
    </message>
    <message>
        <source>The block is empty.

Drag layers here from the palette,
or double-click one.</source>
        <translation>블록이 비어 있습니다.

팔레트에서 레이어를 여기로 끌어다 놓거나
팔레트의 레이어를 두 번 클릭하면 추가됩니다.</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the generated source to the clipboard</source>
        <translation>생성된 소스를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source># The code cannot be generated:
# {error}
</source>
        <translation># 코드를 생성할 수 없습니다:
# {error}
</translation>
    </message>
    <message>
        <source>&lt;b&gt;{class_name}&lt;/b&gt; &amp;nbsp;generated source</source>
        <translation>&lt;b&gt;{class_name}&lt;/b&gt; &amp;nbsp;생성된 소스</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Block Studio project (*.json);;All files (*)</source>
        <translation>블록 스튜디오 프로젝트 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Python source (*.py);;All files (*)</source>
        <translation>Python 소스 (*.py);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>{name} has unsaved changes.
Save them first?</source>
        <translation>{name}에 저장하지 않은 변경 사항이 있습니다.
먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Open block</source>
        <translation>블록 열기</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>파일을 열 수 없음</translation>
    </message>
    <message>
        <source>Cannot open {name}:

{error}</source>
        <translation>{name}을(를) 열 수 없습니다:

{error}</translation>
    </message>
    <message>
        <source>Save block as</source>
        <translation>다른 이름으로 블록 저장</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>Cannot save {path}:

{error}</source>
        <translation>{path}에 저장할 수 없습니다:

{error}</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>디스크의 파일이 바뀜</translation>
    </message>
    <message>
        <source>{name} was changed on disk (another window or program saved it) since you opened or saved it here.

Overwrite it with this window&apos;s version?</source>
        <translation>여기서 열거나 저장한 뒤에 디스크의 {name}이(가) 바뀌었습니다 (다른 창이나 프로그램이 저장했습니다).

이 창의 내용으로 덮어쓸까요?</translation>
    </message>
    <message>
        <source>{name} was changed on disk by another window or program.

Reload it?</source>
        <translation>다른 창이나 프로그램이 디스크의 {name}을(를) 바꾸었습니다.

다시 불러올까요?</translation>
    </message>
    <message>
        <source>The code cannot be generated:

{error}</source>
        <translation>코드를 생성할 수 없습니다:

{error}</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Export a block with an error?</source>
        <translation>오류가 있는 블록 내보내기</translation>
    </message>
    <message>
        <source>The block has an error:

{problem}

The exported code will fail when run. Export anyway?</source>
        <translation>블록에 오류가 있습니다:

{problem}

내보내기한 코드는 실행하면 실패합니다. 그래도 내보내기를 할까요?</translation>
    </message>
    <message>
        <source>Export Python</source>
        <translation>Python 내보내기</translation>
    </message>
    <message>
        <source>Cannot write {path}:

{error}</source>
        <translation>{path}에 쓸 수 없습니다:

{error}</translation>
    </message>
    <message>
        <source>Exported {name} to {folder}.</source>
        <translation>내보내기 완료: {folder}에 {name}을(를) 썼습니다.</translation>
    </message>
</context>
<context>
    <name>ImportPython</name>
    <message>
        <source>Import Python</source>
        <translation>Python 가져오기</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>{name} 읽는 중...</translation>
    </message>
    <message>
        <source>{cls} (line {line})</source>
        <translation>{cls} ({line}번째 줄)</translation>
    </message>
    <message>
        <source>{name} defines several nn.Module classes. Import which?</source>
        <translation>{name}에는 nn.Module 클래스가 여러 개 있습니다. 어느 것을 가져올까요?</translation>
    </message>
    <message>
        <source>Importing {name}...</source>
        <translation>{name} 가져오는 중...</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>가져올 수 없음</translation>
    </message>
    <message>
        <source>Cannot import {name}:

{error}</source>
        <translation>{name}을(를) 가져올 수 없습니다:

{error}</translation>
    </message>
    <message>
        <source>Imported with notes</source>
        <translation>가져왔습니다 (참고 사항 있음)</translation>
    </message>
</context>
<context>
    <name>LayerCardDelegate</name>
    <message>
        <source>invalid: no output</source>
        <translation>잘못됨: 출력 없음</translation>
    </message>
    <message>
        <source>no shape: an earlier layer is invalid</source>
        <translation>모양 없음: 앞의 레이어가 잘못되었습니다</translation>
    </message>
</context>
<context>
    <name>LayerForm</name>
    <message>
        <source>Make {name} an __init__ argument; its current value becomes the default</source>
        <translation>{name}을(를) __init__ 인자로 만듭니다. 지금 값이 기본값이 됩니다</translation>
    </message>
    <message>
        <source>argument name</source>
        <translation>인자 이름</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>인자</translation>
    </message>
    <message>
        <source>The __init__ argument&apos;s name; the value above is its default</source>
        <translation>__init__ 인자의 이름입니다. 위의 값이 기본값입니다</translation>
    </message>
    <message>
        <source>Add Flatten before this layer</source>
        <translation>이 레이어 앞에 평탄화 (Flatten) 추가</translation>
    </message>
    <message>
        <source>Insert nn.Flatten() here, so Linear sees one vector per sample</source>
        <translation>여기에 nn.Flatten()을 넣어, 선형 레이어 (Linear)가 샘플마다 벡터 하나를 받게 합니다</translation>
    </message>
    <message>
        <source>nn.{kind} has no parameters to set.</source>
        <translation>nn.{kind}에는 설정할 매개변수가 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; &amp;nbsp;layer {number}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; &amp;nbsp;레이어 {number}</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>참고: {warning}</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>합치기</translation>
    </message>
    <message>
        <source>out + identity: adds two values (a residual&apos;s skip). Choose what it reads in its properties.</source>
        <translation>out + identity: 두 값을 더합니다 (잔차의 건너뛰는 연결). 무엇을 읽을지는 속성에서 고릅니다.</translation>
    </message>
    <message>
        <source>torch.cat([a, b], dim=1): joins values along the channels (DenseNet, UNet).</source>
        <translation>torch.cat([a, b], dim=1): 값들을 채널 방향으로 이어 붙입니다 (DenseNet, UNet).</translation>
    </message>
    <message>
        <source>x.view(x.size(0), -1): the same numbers in another shape.</source>
        <translation>x.view(x.size(0), -1): 같은 숫자들을 다른 모양으로 바꿉니다.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; (a function in forward: nothing to register)&lt;br&gt;{tip}&lt;br&gt;Drag into the block.</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; (forward 안의 함수: 등록할 것이 없습니다)&lt;br&gt;{tip}&lt;br&gt;블록으로 끌어다 놓으면 추가됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;nn.{kind}&lt;/b&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;i&gt;{size_rule}&lt;/i&gt;&lt;br&gt;Drag into the block, or double-click.</source>
        <translation>&lt;b&gt;nn.{kind}&lt;/b&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;i&gt;{size_rule}&lt;/i&gt;&lt;br&gt;블록으로 끌어다 놓거나 두 번 클릭하면 추가됩니다.</translation>
    </message>
    <message>
        <source>Search layers…</source>
        <translation>레이어 검색…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not done: {why}</source>
        <translation>하지 않았습니다: {why}</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Python...</source>
        <translation>Python 가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>예제(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>다른 이름으로 저장(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export Python...</source>
        <translation>Python 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Source</source>
        <translation>소스 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Block Settings</source>
        <translation>블록 설정(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>환경설정(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Block Studio</source>
        <translation>블록 스튜디오 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Autosave is off: {problem}</source>
        <translation>자동 저장이 꺼져 있습니다: {problem}</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>{step} 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>{step} 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>Copied the generated source ({lines} lines) to the clipboard.</source>
        <translation>생성된 소스({lines}줄)를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>About Block Studio</source>
        <translation>블록 스튜디오 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Block Studio&lt;/b&gt;&lt;p&gt;Build a PyTorch &lt;code&gt;nn.Module&lt;/code&gt; by dragging layers and see the exact source it corresponds to, starting with &lt;code&gt;super().__init__()&lt;/code&gt;, which registers every layer you assign to &lt;code&gt;self&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;b&gt;블록 스튜디오 (Block Studio)&lt;/b&gt;&lt;p&gt;레이어를 끌어다 놓아 PyTorch &lt;code&gt;nn.Module&lt;/code&gt;을 만들고, 그에 꼭 맞는 소스를 바로 봅니다. 소스는 &lt;code&gt;super().__init__()&lt;/code&gt;로 시작하며, 이 호출 덕분에 &lt;code&gt;self&lt;/code&gt;에 대입하는 모든 레이어가 등록됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{params} params  ·  {mult_adds} mult-adds  ·  {activations} activations</source>
        <translation>매개변수 {params}개  ·  곱셈-덧셈 {mult_adds}회  ·  활성화 {activations}</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>오류: {error}</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>참고: {warning}</translation>
    </message>
    <message>
        <source>Teaching mode: without super().__init__() the class cannot be built (see {learn})</source>
        <translation>수업 모드: super().__init__()가 없으면 클래스를 만들 수 없습니다 ({learn} 탭 참고)</translation>
    </message>
    <message>
        <source>Ready: the block is valid.</source>
        <translation>준비됨: 블록이 올바릅니다.</translation>
    </message>
    <message>
        <source>  in   {shape}</source>
        <translation>  입력   {shape}</translation>
    </message>
    <message>
        <source>— (the block has an error)</source>
        <translation>— (블록에 오류가 있습니다)</translation>
    </message>
    <message>
        <source>  out  {shape}</source>
        <translation>  출력  {shape}</translation>
    </message>
    <message>
        <source>Autosave kept aside</source>
        <translation>따로 보관한 자동 저장</translation>
    </message>
    <message>
        <source>Autosaved work that cannot be opened again is kept here:

{where}</source>
        <translation>다시 열 수 없는 자동 저장 작업을 여기에 보관했습니다:

{where}</translation>
    </message>
    <message>
        <source>an untitled block</source>
        <translation>제목 없는 블록</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>저장하지 않은 작업 복원</translation>
    </message>
    <message>
        <source>Block Studio closed without saving {name} ({class_name}, {count} layers, autosaved {saved_at}).

Restore it?</source>
        <translation>블록 스튜디오가 {name}을(를) 저장하지 않고 종료되었습니다 ({class_name}, 레이어 {count}개, {saved_at}에 자동 저장).

복원할까요?</translation>
    </message>
</context>
<context>
    <name>OptionalFloatEditor</name>
    <message>
        <source>Unchecked: None ({help})</source>
        <translation>체크 해제: None ({help})</translation>
    </message>
</context>
<context>
    <name>OptionalPairEditor</name>
    <message>
        <source>Unchecked: None ({help})</source>
        <translation>체크 해제: None ({help})</translation>
    </message>
</context>
<context>
    <name>PaddingEditor</name>
    <message>
        <source>px: pixels on each side; &quot;same&quot;: output size = input size (stride 1 only); &quot;valid&quot;: none</source>
        <translation>px: 양쪽에 덧댈 픽셀 수; &quot;same&quot;: 출력 크기 = 입력 크기 (stride가 1일 때만); &quot;valid&quot;: 덧대지 않음</translation>
    </message>
</context>
<context>
    <name>PairEditor</name>
    <message>
        <source>{name} height</source>
        <translation>{name} 높이</translation>
    </message>
    <message>
        <source>{name} width</source>
        <translation>{name} 너비</translation>
    </message>
    <message>
        <source>Square: one value for height and width</source>
        <translation>정사각형: 높이와 너비에 같은 값</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Comments in generated code:</source>
        <translation>생성된 코드의 주석(&amp;C):</translation>
    </message>
    <message>
        <source>Generated code itself stays in English, as PyTorch is written; only its docstrings and comments follow this choice.</source>
        <translation>생성된 코드 자체는 PyTorch가 쓰이는 대로 영어로 남습니다. 독스트링과 주석만 이 선택을 따릅니다.</translation>
    </message>
</context>
<context>
    <name>QtBlockModel</name>
    <message>
        <source>No output shape: an earlier layer is invalid.</source>
        <translation>출력 모양이 없습니다: 앞의 레이어가 잘못되었습니다.</translation>
    </message>
</context>
<context>
    <name>SpinBox</name>
    <message>
        <source>{name} takes whole numbers from {low} to {high}</source>
        <translation>{name}에는 {low}부터 {high}까지의 정수를 넣습니다</translation>
    </message>
    <message>
        <source>this value</source>
        <translation>이 값</translation>
    </message>
    <message>
        <source>{typed} is not a number: {range}</source>
        <translation>{typed}은(는) 숫자가 아닙니다: {range}</translation>
    </message>
    <message>
        <source>{typed} is out of range: {range} (leaving keeps {value})</source>
        <translation>{typed}은(는) 범위를 벗어납니다: {range} (칸을 떠나면 {value}이(가) 유지됩니다)</translation>
    </message>
</context>
<context>
    <name>StepCards</name>
    <message>
        <source>self.{target}, also step {steps}</source>
        <translation>self.{target}, {steps}단계에서도 호출</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>등록되지 않음</translation>
    </message>
    <message>
        <source>keeps the value</source>
        <translation>값을 그대로 둠</translation>
    </message>
    <message>
        <source>add (torch broadcasting)</source>
        <translation>더하기 (torch 브로드캐스팅)</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>&lt;b&gt;Reads&lt;/b&gt;</source>
        <translation>&lt;b&gt;읽는 값&lt;/b&gt;</translation>
    </message>
    <message>
        <source>+ input</source>
        <translation>+ 입력</translation>
    </message>
    <message>
        <source>torch.cat joins any number of values: read one more</source>
        <translation>torch.cat은 값을 몇 개든 이어 붙입니다: 하나 더 읽기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {number}&lt;/b&gt;  &lt;code&gt;{label}&lt;/code&gt;  writes &lt;code&gt;{output}&lt;/code&gt;</source>
        <translation>&lt;b&gt;{number}단계&lt;/b&gt;  &lt;code&gt;{label}&lt;/code&gt;  결과: &lt;code&gt;{output}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>x  (forward&apos;s input)</source>
        <translation>x  (forward의 입력)</translation>
    </message>
    <message>
        <source>step {number}: {label} -&gt; {output}</source>
        <translation>{number}단계: {label} -&gt; {output}</translation>
    </message>
    <message>
        <source>Stop reading this value</source>
        <translation>이 값을 더는 읽지 않기</translation>
    </message>
    <message>
        <source>input {number}</source>
        <translation>입력 {number}</translation>
    </message>
</context>
</TS>
